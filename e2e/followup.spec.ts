// Journey: the DC of the demo ministry records a CODIR held three weeks ago, whose two decisions become
// directives to two directorates in one action; the director of land transport reports progress with a
// piece of evidence; the DC sees the decision whose due date has passed marked late, and the reminders
// the jobs sent about an overdue directive of the demo.
// The e2e server runs with the real clock: a due date cannot be moved into the past, but a meeting may be
// recorded after the fact, and its decisions are issued on its date, so a due date before today is accepted.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoMinistry } from '../server/modules/demo/demo-data.js';
import { TEST_PASSWORD } from '../server/test/constants.js';

const director = demoMinistry.people.find((p) => p.email === 'directeur@mit.demo.bj')!;
const directorPost = demoMinistry.posts.find((p) => p.key === director.postKey)!;
const directorate = demoMinistry.structures.find((s) => s.key === directorPost.structureKey)!; // DTT
const otherDirectorate = demoMinistry.structures.find((s) => s.key === 's-dgi')!;

// Days in the browser's (and the administration's) time zone, as the date fields show them.
function day(offset: number): { typed: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Porto-Novo' }).format(new Date()).split('-').map(Number);
  const d = new Date(parts[0]!, parts[1]! - 1, parts[2]! + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { typed: `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}` };
}

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Mes directives', exact: true })).toBeVisible();
  return page;
}

async function typeDay(page: Page, label: string, typed: string) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(typed);
  await field.press('Tab');
}

async function pickStructure(page: Page, label: string, name: string) {
  await page.getByRole('combobox', { name: label, exact: true }).fill(name.split(' ').slice(-1)[0]!);
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

test('a CODIR’s decisions become directives, a director reports with evidence, and lateness shows for the DC', async ({ browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const onTime = `Publier le calendrier des contrôles techniques des véhicules ${stamp}`;
  const late = `Transmettre le rapport d’avancement des chantiers routiers ${stamp}`;

  // 1. The DC records the CODIR and its two decisions.
  const dc = await signIn(browser, 'dc@mit.demo.bj');
  await dc.getByRole('link', { name: 'Réunions', exact: true }).click();
  await dc.getByRole('link', { name: 'Nouvelle réunion' }).first().click();
  await typeDay(dc, 'Date', day(-21).typed);
  await expect(dc.getByText(/^Présidée par .+ \(au titre de .+\)/)).toBeVisible();
  await dc.getByLabel('Lieu').fill('Salle de conférence du Ministère');
  await dc.getByRole('textbox', { name: 'Point n° 1' }).fill('Sécurité routière et infrastructures');
  await dc.getByRole('button', { name: 'Enregistrer la réunion' }).click();
  await expect(dc.getByRole('heading', { name: /^Comité de direction du/ })).toBeVisible();

  await dc.getByLabel('Texte de la décision n° 1').fill(onTime);
  await pickStructure(dc, 'Structure pilote de la décision n° 1', directorate.name);
  await typeDay(dc, 'Échéance de la décision n° 1', day(30).typed);
  await dc.getByRole('button', { name: 'Ajouter une décision' }).click();
  await dc.getByLabel('Texte de la décision n° 2').fill(late);
  await pickStructure(dc, 'Structure pilote de la décision n° 2', otherDirectorate.name);
  await typeDay(dc, 'Échéance de la décision n° 2', day(-7).typed);
  await dc.getByRole('button', { name: 'Transformer en 2 directives' }).click();
  await expect(dc.getByText('2 directives créées.')).toBeVisible();
  const decisions = dc.getByRole('region', { name: 'Décisions' });
  await expect(decisions.getByRole('row').filter({ hasText: onTime })).toContainText(directorate.name);
  await expect(decisions.getByRole('row').filter({ hasText: late })).toContainText('En retard de 7 jours');

  // 2. The director finds the decision among his directives and reports progress with evidence.
  const boss = await signIn(browser, director.email!);
  await boss.getByRole('link', { name: 'Mes directives', exact: true }).click();
  await boss.getByRole('row').filter({ hasText: onTime }).getByRole('link').click();
  await expect(boss.getByText(onTime)).toBeVisible();
  await boss.getByRole('button', { name: 'Faire le point' }).click();
  const dialog = boss.getByRole('dialog', { name: 'Faire le point' });
  await dialog.getByRole('textbox', { name: 'Avancement (%)' }).fill('40');
  await dialog
    .getByRole('textbox', { name: /^Point d’avancement/ })
    .fill('Calendrier établi avec les centres de contrôle ; publication en cours.');
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'calendrier-controles.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  });
  await dialog.getByRole('button', { name: 'Enregistrer le point' }).click();
  await expect(boss.getByText('Point d’avancement enregistré.')).toBeVisible();
  await expect(boss.getByText('Point d’avancement — 40 %')).toBeVisible();
  const evidence = boss.getByRole('link', { name: 'calendrier-controles.pdf' });
  await expect(evidence).toBeVisible();
  const download = boss.waitForEvent('download');
  await evidence.click();
  expect((await download).suggestedFilename()).toBe('calendrier-controles.pdf');

  // 3. The DC's list: the decision past its due date is marked late, in red, with its days.
  await dc.getByRole('link', { name: 'Directives', exact: true }).click();
  await dc.getByRole('combobox', { name: 'État', exact: true }).click();
  await dc.getByRole('option', { name: 'En retard' }).click();
  const lateRow = dc.getByRole('row').filter({ hasText: late });
  await expect(lateRow).toContainText('En retard de 7 jours');
  await expect(dc.getByRole('row').filter({ hasText: onTime })).toHaveCount(0);
  await dc.getByLabel('Rechercher (texte ou référence)').fill(stamp);
  await dc.getByRole('combobox', { name: 'État', exact: true }).click();
  await dc.getByRole('option', { name: 'En cours (non close)' }).click();
  await expect(dc.getByRole('row').filter({ hasText: onTime })).toContainText('40 %');

  // 4. Reminders: the jobs (every minute) remind the assignees of the demo's overdue directive D-2026-0007
  // (land transport); its page lists them and the director's bell counts them.
  await dc.getByLabel('Rechercher (texte ou référence)').fill('D-2026-0007');
  await dc.getByRole('combobox', { name: 'État', exact: true }).click();
  await dc.getByRole('option', { name: 'En retard' }).click();
  await dc.getByRole('link', { name: 'D-2026-0007' }).click();
  const reminders = dc.getByRole('region', { name: 'Relances envoyées' });
  await expect(async () => {
    await dc.reload();
    await expect(reminders.getByRole('row').filter({ hasText: 'Retard' }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await expect(reminders).toContainText(`${director.firstName} ${director.lastName}`);

  await boss.reload();
  await expect(boss.getByRole('button', { name: /Notifications : [1-9]\d* non lues?/ })).toBeVisible();
});
