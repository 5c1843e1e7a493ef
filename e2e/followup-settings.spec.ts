// Journey: the DC of the demo ministry sets the escalation ladder of reminders (a step out of order is
// refused on its field), a director reads it without being able to change it; the DC reads the follow-up
// indicators (the figures are the server's), attaches papers to a CODIR (a file whose content is not
// accepted is refused, naming it), records who attended, and edits a directive. Screenshots of each page
// at desktop and phone widths go to test-results/followup-settings/.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { TEST_PASSWORD } from '../server/test/constants.js';

const shots = 'test-results/followup-settings';

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Mes directives', exact: true })).toBeVisible();
  return page;
}

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `${shots}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  // the navigation slides away when the window narrows: let it finish
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${shots}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.waitForTimeout(600);
}

test('the DC sets the escalation ladder, reads the indicators, attaches papers to a CODIR and edits a directive', async ({ browser }) => {
  test.setTimeout(180_000);
  const dc = await signIn(browser, 'dc@mit.demo.bj');

  // 1. The escalation ladder: the default, a step out of order refused on its field, then saved.
  await dc.getByRole('link', { name: 'Relances', exact: true }).click();
  await expect(dc.getByRole('heading', { name: 'Relances et escalade' })).toBeVisible();
  await expect(dc.getByText('Échelle par défaut')).toBeVisible();
  const ladder = dc.getByRole('form', { name: 'Relances et escalade' });
  const step = (n: number) => ladder.getByRole('group', { name: `Palier ${n}` }).getByRole('textbox', { name: 'Jours' });
  await expect(step(2)).toHaveValue('3');
  await ladder.getByRole('textbox', { name: /^Rappel avant l’échéance/ }).fill('5');
  await step(2).fill('1');
  await ladder.getByRole('button', { name: 'Enregistrer l’échelle' }).click();
  const step2 = step(2);
  await expect(step2).toHaveAttribute('aria-invalid', 'true');
  await expect(step2).toHaveAccessibleDescription(/Les paliers doivent se suivre/);
  await step2.fill('2');
  await ladder.getByRole('button', { name: 'Ajouter un palier' }).click();
  await expect(step(5)).toHaveValue('21');
  await ladder.getByRole('button', { name: 'Enregistrer l’échelle' }).click();
  await expect(dc.getByText('Échelle de relance enregistrée.')).toBeVisible();
  await expect(dc.getByText(/^Modifiée par .+ le /)).toBeVisible();
  const sequence = dc.getByRole('region', { name: 'Déroulé' });
  await expect(sequence).toContainText('5 jours avant l’échéance');
  await expect(sequence).toContainText('21 jours après l’échéance');
  const saved = await (await dc.request.get(`/api/administrations/${dc.url().split('/')[4]}/escalation-ladder`)).json();
  expect(saved).toMatchObject({
    isDefault: false,
    daysBeforeDue: 5,
    steps: [{ afterDays: 1 }, { afterDays: 2 }, {}, {}, { afterDays: 21 }],
  });
  await screenshots(dc, 'ladder-dc');

  // a director sees the ladder, without a form
  const director = await signIn(browser, 'directeur@mit.demo.bj');
  await director.getByRole('link', { name: 'Relances', exact: true }).click();
  await expect(director.getByRole('region', { name: 'Déroulé' })).toContainText('2 jours après l’échéance');
  await expect(director.getByText(/Seuls le chef de l’administration/)).toBeVisible();
  await expect(director.getByRole('button', { name: 'Enregistrer l’échelle' })).toHaveCount(0);
  await screenshots(director, 'ladder-director');
  await director.context().close();

  // 2. Indicators: the figures are those the server computes for the DC.
  await dc.getByRole('link', { name: 'Indicateurs de suivi', exact: true }).click();
  await expect(dc.getByRole('heading', { name: 'Indicateurs de suivi' })).toBeVisible();
  await dc.getByRole('combobox', { name: 'Année d’échéance' }).click();
  await dc.getByRole('option', { name: 'Toutes les années' }).click();
  const a = dc.url().split('/')[4];
  const api = await (await dc.request.get(`/api/administrations/${a}/directives/indicators?groupBy=structure`)).json();
  expect(api.totals.total).toBeGreaterThan(0);
  const table = dc.getByRole('table', { name: 'Détail' });
  await expect(table.getByRole('row')).toHaveCount(api.groups.length + 2);
  const totals = await table.getByRole('row').last().locator('th').allInnerTexts();
  expect(totals.slice(0, 5)).toEqual(['Total', ...[api.totals.total, api.totals.open, api.totals.done, api.totals.overdue].map(String)]);
  await expect(dc.getByText('En retard', { exact: true }).first()).toBeVisible();
  await expect(dc.getByRole('img', { name: 'Exécution par structure ou période' })).toBeVisible();
  await screenshots(dc, 'indicators-structure');
  await dc.getByText('Période', { exact: true }).click();
  await expect(table.getByRole('rowheader', { name: /^T[1-4] 20\d\d$/ }).first()).toBeVisible();
  await screenshots(dc, 'indicators-period');
  // a year with nothing due: an empty state, not an empty table
  await dc.getByRole('combobox', { name: 'Année d’échéance' }).click();
  await dc.getByRole('option', { name: String(new Date().getFullYear() - 2) }).click();
  await expect(dc.getByText('Aucune directive sur cette période')).toBeVisible();

  // 3. A CODIR: papers attached (the type is read from the content), attendees recorded.
  await dc.getByRole('link', { name: 'Réunions', exact: true }).click();
  await dc.getByRole('link', { name: 'Comité de direction du 16 octobre 2026' }).click();
  const papers = dc.getByRole('region', { name: 'Pièces jointes' });
  await papers.locator('input[type="file"]').setInputFiles({
    name: 'note-budget-2027.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await papers.getByRole('button', { name: 'Joindre le fichier' }).click();
  await expect(dc.getByText('1 pièce jointe ajoutée.')).toBeVisible();
  const paper = papers.getByRole('link', { name: 'note-budget-2027.pdf' });
  await expect(paper).toBeVisible();
  const download = dc.waitForEvent('download');
  await paper.click();
  expect((await download).suggestedFilename()).toBe('note-budget-2027.pdf');
  await papers.locator('input[type="file"]').setInputFiles({
    name: 'releve.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]),
  });
  await papers.getByRole('button', { name: 'Joindre le fichier' }).click();
  await expect(papers.getByRole('alert')).toContainText('releve.pdf');
  await expect(papers.getByRole('link', { name: 'releve.pdf' })).toHaveCount(0);

  const attendees = dc.getByRole('region', { name: 'Participants' });
  await expect(attendees).toContainText('8 présents');
  await dc.getByRole('link', { name: 'Modifier la réunion' }).click();
  await dc.getByRole('checkbox', { name: 'Présence du participant n° 8' }).uncheck();
  await dc.getByRole('button', { name: 'Ajouter un invité extérieur' }).click();
  await dc.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(dc.getByRole('textbox', { name: 'Invité n° 9 (nom et qualité)' })).toHaveAttribute('aria-invalid', 'true');
  await dc.getByRole('textbox', { name: 'Invité n° 9 (nom et qualité)' }).fill('M. Rodrigue Hounkpè, consultant de la Banque mondiale');
  await dc.getByRole('button', { name: 'Ajouter un point' }).click();
  await dc.getByRole('textbox', { name: 'Point n° 3' }).fill('Calendrier des dialogues de gestion');
  await screenshots(dc, 'meeting-edit');
  await dc.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(dc.getByText('Réunion modifiée.')).toBeVisible();
  await expect(attendees).toContainText('8 présents');
  await expect(attendees.getByRole('listitem').filter({ hasText: 'Rodrigue Hounkpè' })).toContainText('Présent');
  await expect(attendees.getByRole('listitem').nth(7)).toContainText('Absent');
  await expect(dc.getByRole('region', { name: 'Ordre du jour' })).toContainText('Calendrier des dialogues de gestion');
  // the decisions stay on their agenda items
  await expect(dc.getByRole('region', { name: 'Décisions' }).getByRole('link', { name: 'D-2026-0001' })).toBeVisible();
  await screenshots(dc, 'meeting');

  // 4. A directive edited by the issuer side: priority, due date and text; the timeline records it.
  await dc.goto(`/a/${a}/suivi/directives`);
  await dc.getByLabel('Rechercher (texte ou référence)').fill('D-2026-0004');
  await dc.getByRole('link', { name: 'D-2026-0004' }).click();
  await dc.getByRole('link', { name: 'Modifier', exact: true }).click();
  await expect(dc.getByRole('heading', { name: 'Modifier D-2026-0004' })).toBeVisible();
  await expect(dc.getByRole('textbox', { name: 'Texte de la directive' })).toHaveValue(/budget-programme 2027/);
  await dc
    .getByRole('textbox', { name: 'Texte de la directive' })
    .fill('Consolider et transmettre au Cabinet les propositions de budget-programme 2027');
  await dc.getByRole('combobox', { name: 'Priorité' }).click();
  await dc.getByRole('option', { name: 'Urgente' }).click();
  await screenshots(dc, 'directive-edit');
  await dc.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await expect(dc.getByText('Directive D-2026-0004 modifiée.')).toBeVisible();
  await expect(dc.getByText('Consolider et transmettre au Cabinet')).toBeVisible();
  await expect(dc.getByText('Urgente', { exact: true })).toBeVisible();
});
