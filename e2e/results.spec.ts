// Journey: the DPP's focal point enters and submits Q2 2024 values (a percentage of 140 is refused next
// to the field); the head of the DPP rejects one with a reason; the focal point corrects and resubmits;
// the head approves; the SG validates; the indicator's status on the programme page goes from
// "En bonne voie" to "Atteint" (the backend journey: server/modules/indicators/measurement-workflow.int.test.ts).
import { expect, test, type Browser, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { TEST_PASSWORD } from '../server/test/constants.js';

const CODE = 'IND-159-01'; // 17 % in Q1 2024 against 20: on track; Q2 target 45 %
const PERIOD = '?annee=2024&trimestre=2';

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Tableau de bord', exact: true })).toBeVisible();
  return page;
}

async function openEntry(page: Page, tab: 'Saisie' | 'À approuver' | 'À valider') {
  await page.getByRole('link', { name: 'Saisie des réalisations' }).click();
  await expect(page.getByRole('heading', { name: 'Saisie des réalisations' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

async function focalPointEntry(page: Page) {
  await openEntry(page, 'Saisie');
  await page.goto(`${page.url().split('?')[0]}${PERIOD}`);
  await page.getByRole('combobox', { name: 'Structure' }).click();
  await page.getByRole('option', { name: 'Direction de la Programmation et de la Prospective' }).click();
  return page.getByRole('listitem', { name: new RegExp(CODE) });
}

async function statusOnProgrammePage(page: Page) {
  await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
  await expect(page).toHaveURL(/\/resultats$/);
  await page.goto(`${page.url().split('?')[0]}${PERIOD}`);
  await expect(page.getByText('Cumul de l’année jusqu’au T2 2024')).toBeVisible();
  await page.getByRole('link', { name: /^159 — Gouvernance/ }).click();
  await expect(page.getByRole('heading', { name: /^159 — Gouvernance/ })).toBeVisible();
  return page.locator(`tr[data-indicator-code="${CODE}"]`);
}

test('a Q2 value goes from entry to validation through a rejection, and the programme page follows', async ({ browser }) => {
  test.setTimeout(120_000);
  const sg = await signIn(browser, 'sg@mit.demo.bj');
  const before = await statusOnProgrammePage(sg);
  await expect(before.locator('[data-status]')).toHaveText('En bonne voie');

  // the focal point: a percentage of 140 is refused next to the field, then 40 % is submitted
  const focal = await signIn(browser, 'suivi@mit.demo.bj');
  let row = await focalPointEntry(focal);
  await row.getByLabel('Valeur (%)').fill('140');
  await row.getByRole('button', { name: 'Soumettre' }).click();
  await expect(row.getByLabel('Valeur (%)')).toHaveAttribute('aria-invalid', 'true');
  await row.getByLabel('Valeur (%)').fill('40');
  await row.getByLabel('Commentaire').fill('Chiffre provisoire');
  await row.getByLabel(/^Justificatif/).fill('Rapport trimestriel T2 2024');
  await row.getByRole('button', { name: 'Soumettre' }).click();
  await expect(row.locator('[data-status]')).toHaveText('Soumis');

  // the head of the DPP rejects it; the reason is required
  const head = await signIn(browser, 'dpp@mit.demo.bj');
  await openEntry(head, 'À approuver');
  const toReview = head.getByRole('listitem', { name: new RegExp(CODE) });
  await toReview.getByRole('button', { name: 'Rejeter' }).click();
  const dialog = head.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Rejeter la valeur' }).click();
  await expect(dialog.getByText('Indiquez le motif du rejet.')).toBeVisible();
  await dialog.getByLabel(/Motif du rejet/).fill('Le rapport du T2 donne 46 %, pas 40 %.');
  await dialog.getByRole('button', { name: 'Rejeter la valeur' }).click();
  await expect(toReview).toHaveCount(0);

  // the focal point reads the reason, corrects and submits again
  await focal.reload();
  row = focal.getByRole('listitem', { name: new RegExp(CODE) });
  await expect(row.locator('[data-status]')).toHaveText('Rejeté');
  await expect(row).toContainText('Le rapport du T2 donne 46 %, pas 40 %.');
  await row.getByLabel('Valeur (%)').fill('46');
  await row.getByLabel('Commentaire').fill('Corrigé d’après le rapport du T2');
  await row.getByRole('button', { name: 'Soumettre' }).click();
  await expect(row.locator('[data-status]')).toHaveText('Soumis');

  // the head approves, the SG validates
  await head.reload();
  await head
    .getByRole('listitem', { name: new RegExp(CODE) })
    .getByRole('button', { name: 'Approuver' })
    .click();
  await expect(head.getByRole('listitem', { name: new RegExp(CODE) })).toHaveCount(0);

  await openEntry(sg, 'À valider');
  await sg
    .getByRole('listitem', { name: new RegExp(CODE) })
    .getByRole('button', { name: 'Valider' })
    .click();
  await expect(sg.getByRole('listitem', { name: new RegExp(CODE) })).toHaveCount(0);

  // 46 % against a Q2 target of 45 %: reached
  const after = await statusOnProgrammePage(sg);
  await expect(after.locator('[data-status]')).toHaveText('Atteint');
  await expect(after).toContainText('102,2');
});

// Screenshots for review (desktop and phone) when E2E_SCREENSHOTS names a folder.
async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}/${name}-390.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test('the head of a structure opens their structure’s dashboard, with its charts and their tables', async ({ browser }) => {
  const head = await signIn(browser, 'dpp@mit.demo.bj');
  await head.getByRole('link', { name: 'Ma structure' }).click();
  await expect(head.getByRole('heading', { name: /^Tableau de bord — Direction de la Programmation et de la Prospective/ })).toBeVisible();
  const reporting = head.getByRole('region', { name: 'Complétude et promptitude du rapportage par trimestre (%)' });
  await expect(reporting.locator('canvas')).toBeVisible();
  await reporting.getByRole('button', { name: 'Voir le tableau' }).click();
  await expect(reporting.getByRole('table')).toContainText('T1');
  await expect(head.getByRole('table', { name: 'Indicateurs dont la structure est responsable' })).toContainText('IND-159-01');
  await shoot(head, 'structure-dashboard');
  // and from the structure's own page
  await head.getByRole('link', { name: 'Fiche de la structure' }).click();
  await head.getByRole('link', { name: 'Tableau de bord des résultats' }).click();
  await expect(head).toHaveURL(/\/resultats\/structures\//);
});

test('the oversight body sees both demo administrations side by side', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill('tutelle@suivi.demo.bj');
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('link', { name: 'Vue de tutelle' }).click();
  await expect(page.getByRole('heading', { name: 'Vue de tutelle' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Comparaison des administrations' });
  await expect(table.locator('tr[data-administration="MIT"]')).toBeVisible();
  await expect(table.locator('tr[data-administration="MZG"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Programmes — MIT' })).toContainText('017');
  const chart = page.getByRole('region', { name: 'Indicateurs par niveau d’atteinte' });
  await chart.getByRole('button', { name: 'Voir le tableau' }).click();
  await expect(chart.getByRole('table')).toContainText('Mairie');
  await shoot(page, 'oversight');
});

test('the DC’s dashboard shows the directives and dossiers figures and the missing briefings', async ({ browser }) => {
  const dc = await signIn(browser, 'dc@mit.demo.bj');
  await dc.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
  const directives = dc.getByTestId('directive-figures');
  await expect(directives).toContainText('Taux d’exécution');
  await expect(directives).toContainText('En retard');
  await expect(directives).toContainText('Plus ancien retard');
  await expect(directives).toContainText('Retard moyen');
  const dossiers = dc.getByTestId('dossier-figures');
  await expect(dossiers).toContainText('En attente de décision');
  await expect(dossiers).toContainText('En retard sur l’échéance');
  await expect(dossiers.getByRole('table', { name: 'Durée moyenne par étape' })).toContainText('En instruction (avis)');
  await shoot(dc, 'dc-dashboard');
  await dc.getByTestId('missing-briefings').click();
  await expect(dc).toHaveURL(/\/agenda\/notes\/manquantes$/);
});

test('the results framework is exported and a bad workbook is refused with its rows and reasons', async ({ browser }) => {
  const page = await signIn(browser, 'dc@mit.demo.bj');
  await page.getByRole('link', { name: 'Import / export Excel' }).click();
  await expect(page.getByRole('heading', { name: 'Import / export Excel des résultats' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Télécharger le modèle' }).click();
  expect((await download).suggestedFilename()).toBe('modele-cadre-de-resultats.xlsx');

  // the exported framework with a target of 140 % is refused as a whole, the row and its reason shown
  const exported = await page.request.get(
    await page
      .getByRole('link', { name: 'Télécharger le cadre (.xlsx)' })
      .getAttribute('href')
      .then((h) => h!),
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exported.body()) as unknown as ArrayBuffer);
  workbook.getWorksheet('Cibles')!.addRow(['IND-017-04', 2025, 1, 140]);
  const form = page.locator('form').filter({ hasText: 'Importer un cadre de résultats' });
  await form.locator('input[type="file"]').setInputFiles({
    name: 'cadre.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await form.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Import refusé' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Lignes refusées' }).first()).toContainText(
    'Un pourcentage est compris entre 0 et 100 (valeur saisie : 140).',
  );
  await shoot(page, 'results-io');
});
