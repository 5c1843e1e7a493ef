// Journey: the DC generates the cabinet's quarterly report for Q1 2024, watches the progress bar, downloads
// the DOCX and the PDF (the PDF's text holds the dashboard's figure), finalises it; the DPP's Q1 value of
// IND-017-01 is then corrected (the SG reopens the validated period with a reason, the focal point corrects
// and submits, the head of the DPP approves, the SG validates); the finalised version still shows the old
// figure, the regenerated draft the new one (the backend: server/modules/reports/reports.int.test.ts).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { TEST_PASSWORD } from '../server/test/constants.js';

const CODE = 'IND-017-01'; // 20,4 % in Q1 2024 against a target of 21,5 %
const CORRECTED = 21.5;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotage-e2e-reports-'));

async function signIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Accueil', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/a\/[^/]+/);
  return page;
}

// The API as the signed-in user of a page (same session cookie, with the CSRF token writes need).
async function apiOf(page: Page) {
  const me = await (await page.request.get('/api/auth/me')).json();
  const a = /\/a\/([^/?]+)/.exec(page.url())![1];
  const headers = { 'x-csrf-token': me.csrfToken as string };
  const call = async (method: 'get' | 'post' | 'patch', url: string, data?: object) => {
    const res = await page.request[method](`/api/administrations/${a}${url}`, { headers, data });
    expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
    return res.json();
  };
  return {
    a,
    fullName: me.user.fullName as string,
    get: (url: string) => call('get', url),
    post: call.bind(null, 'post'),
    patch: call.bind(null, 'patch'),
  };
}

// The figure the report repeats: "Taux moyen d’atteinte des cibles 93,1 %" (fr-FR, one decimal).
async function achievementLine(api: Awaited<ReturnType<typeof apiOf>>) {
  const dashboard = await api.get('/dashboards/head?year=2024&quarter=1');
  const rate = (dashboard.indicators.achievementRate as number).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
  return `Taux moyen d’atteinte des cibles ${rate} %`.replace(/\s/g, ' ');
}

async function downloadFrom(page: Page, link: Locator, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = path.join(workDir, name);
  await download.saveAs(file);
  return file;
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'])
    .toString('utf8')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[ \t]+/g, ' ');

// A DOCX is a ZIP holding word/document.xml; LibreOffice must open it and find the report's title.
function expectValidDocx(file: string) {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(execFileSync('unzip', ['-l', file]).toString()).toContain('word/document.xml');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  fs.rmSync(profile, { recursive: true, force: true });
  expect(pdfText(file.replace(/\.docx$/, '.pdf'))).toContain('Rapport trimestriel du Cabinet');
}

async function waitForRun(card: Locator, previousRunId?: string) {
  const run = card.locator('[data-run-status]');
  if (previousRunId) await expect(run).not.toHaveAttribute('data-run-id', previousRunId);
  await expect(run).toHaveAttribute('data-run-status', 'done', { timeout: 45_000 });
  return (await run.getAttribute('data-run-id'))!;
}

test('the quarterly report is generated, finalised, and stays frozen when a value is corrected afterwards', async ({ browser }) => {
  test.setTimeout(180_000);
  const dc = await signIn(browser, 'dc@mit.demo.bj');
  const dcApi = await apiOf(dc);
  const oldLine = await achievementLine(dcApi);

  await dc.getByRole('link', { name: 'Rapports trimestriels et annuels' }).click();
  await expect(dc.getByRole('heading', { name: 'Rapports', exact: true })).toBeVisible();
  await dc.getByLabel('Type de rapport').selectOption({ label: 'Rapport trimestriel du Cabinet' });
  await dc.getByLabel('Année').selectOption('2024');
  await dc.getByLabel('Trimestre').selectOption('1');
  const [created] = await Promise.all([
    dc.waitForResponse((r) => r.request().method() === 'POST' && /\/reports$/.test(r.url())),
    dc.getByRole('button', { name: 'Générer' }).click(),
  ]);
  const reportId = (await created.json()).id as string;
  const card = dc.locator(`[data-report-id="${reportId}"]`);
  await expect(card).toContainText('T1 2024');

  // the progress bar follows the job, then the files are offered
  const bar = card.getByRole('progressbar', { name: 'Progression de la génération' });
  await expect(bar).toBeVisible();
  const firstRun = await waitForRun(card);
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(card).toContainText('Fichiers prêts.');

  const pdf = await downloadFrom(dc, card.getByRole('link', { name: 'Télécharger le PDF' }), 'draft.pdf');
  const draftText = pdfText(pdf);
  expect(draftText).toContain('premier trimestre 2024');
  expect(draftText).toContain(oldLine);
  expectValidDocx(await downloadFrom(dc, card.getByRole('link', { name: 'Télécharger le DOCX' }), 'draft.docx'));

  // finalised after confirmation: listed with who and when, and its SHA-256
  await card.getByRole('button', { name: 'Finaliser' }).click();
  const dialog = dc.getByRole('dialog', { name: 'Finaliser le rapport' });
  await expect(dialog).toContainText('version 1');
  await dialog.getByRole('button', { name: 'Finaliser' }).click();
  await expect(card).toContainText('1 version finalisée');
  // the same generation is not finalised twice: the button waits for the next generation
  await expect(card.getByRole('button', { name: 'Finaliser' })).toBeDisabled();
  await expect(card).toContainText('Cette génération est finalisée (version 1).');
  const frozen = dc.getByRole('table', { name: 'Rapports finalisés' }).getByRole('row').filter({ hasText: 'Version 1' });
  await expect(frozen).toContainText(dcApi.fullName);
  const [version] = await dcApi.get('/reports/finalised');
  await expect(frozen.getByRole('button', { name: `PDF SHA-256 ${version.pdfSha256}` })).toBeVisible();

  // the value is corrected through its workflow, by the people whose role it is
  const [sg, focal, head] = await Promise.all([
    signIn(browser, 'sg@mit.demo.bj').then(apiOf),
    signIn(browser, 'suivi@mit.demo.bj').then(apiOf),
    signIn(browser, 'dpp@mit.demo.bj').then(apiOf),
  ]);
  const { items } = await sg.get('/measurements?year=2024&quarter=1&limit=100');
  const measurement = items.find((m: { indicatorCode: string }) => m.indicatorCode === CODE);
  expect(measurement.status).toBe('validated');
  await sg.post(`/measurements/${measurement.id}/reopen`, { reason: 'Fichier des assurés mis à jour après la clôture du T1' });
  await focal.patch(`/measurements/${measurement.id}`, { value: CORRECTED, comment: 'Corrigé d’après le fichier des assurés' });
  await focal.post(`/measurements/${measurement.id}/submit`);
  await head.post(`/measurements/${measurement.id}/review`);
  expect((await sg.post(`/measurements/${measurement.id}/validate`)).status).toBe('validated');
  const newLine = await achievementLine(dcApi);
  expect(newLine).not.toBe(oldLine);

  // the finalised version keeps the old figure; the draft, generated again, shows the new one
  await dc.reload();
  const frozenPdf = pdfText(await downloadFrom(dc, frozen.getByRole('link', { name: /^Télécharger le PDF de la version 1/ }), 'v1.pdf'));
  expect(frozenPdf).toContain(oldLine);
  expect(frozenPdf).not.toContain(newLine);

  await card.getByRole('button', { name: 'Régénérer' }).click();
  await waitForRun(card, firstRun);
  await expect(card.getByRole('button', { name: 'Finaliser' })).toBeEnabled();
  const newPdf = pdfText(await downloadFrom(dc, card.getByRole('link', { name: 'Télécharger le PDF' }), 'draft-2.pdf'));
  expect(newPdf).toContain(newLine);
  expect(newPdf).not.toContain(oldLine);
});

// Journey: the DC generates the dialogue de gestion report of programme 017 for 2024 from the page: the programme
// is asked (and required) for this kind only, the draft names it, and the PDF covers 2023 and the first quarter of 2024.
test('a programme’s dialogue de gestion report is generated from the page', async ({ browser }) => {
  test.setTimeout(120_000);
  const dc = await signIn(browser, 'dc@mit.demo.bj');
  await dc.getByRole('link', { name: 'Rapports trimestriels et annuels' }).click();
  const form = dc.getByRole('region', { name: 'Générer un rapport' });
  await expect(form.getByLabel('Programme')).toHaveCount(0);
  await form.getByLabel('Type de rapport').selectOption({ label: 'Rapport de dialogue de gestion' });
  await form.getByLabel('Année').selectOption('2024');
  await expect(form.getByLabel('Trimestre')).toHaveCount(0);
  await expect(form).toContainText('présente la performance de l’année 2023, celle du premier trimestre 2024');
  // the programme is required
  await form.getByRole('button', { name: 'Générer' }).click();
  await expect(form).toContainText('Choisissez le programme du rapport.');
  await saveScreenshots(dc, form, 'report-generate-form');

  const programme = form.getByLabel('Programme');
  const option = programme.locator('option', { hasText: /^017 — / });
  await programme.selectOption({ label: (await option.textContent())! });
  await expect(form).not.toContainText('Choisissez le programme du rapport.');
  const [created] = await Promise.all([
    dc.waitForResponse((r) => r.request().method() === 'POST' && /\/reports$/.test(r.url())),
    form.getByRole('button', { name: 'Générer' }).click(),
  ]);
  expect(created.request().postDataJSON()).toMatchObject({ kind: 'management_dialogue', year: 2024, programmeId: expect.any(String) });
  const report = await created.json();
  const card = dc.locator(`[data-report-id="${report.id}"]`);
  await expect(card).toContainText(`Programme 017 — ${report.programme.title}`);
  await expect(card).toContainText('Année 2023 et T1 2024');
  await waitForRun(card);
  const text = pdfText(await downloadFrom(dc, card.getByRole('link', { name: 'Télécharger le PDF' }), 'dialogue.pdf'));
  expect(text).toContain('Rapport de dialogue de gestion — Programme 017');
  expect(text).toContain('Performance de l’année 2023');
  expect(text).toContain('Premier trimestre 2024 (T1 2024)');
  expect(text).toContain('Actions correctives et leur état');

  // finalised once: the button waits for the next generation
  await card.getByRole('button', { name: 'Finaliser' }).click();
  await dc.getByRole('dialog', { name: 'Finaliser le rapport' }).getByRole('button', { name: 'Finaliser' }).click();
  await expect(card.getByRole('button', { name: 'Finaliser' })).toBeDisabled();
  await saveScreenshots(dc, card, 'report-programme-draft');
  const versions = dc.getByRole('table', { name: 'Rapports finalisés' });
  await expect(versions.getByRole('row').filter({ hasText: 'Programme 017' })).toContainText('Année 2023 et T1 2024');
});

// The form, on a desktop and on a 390 px phone, for a look at its layout and wording.
async function saveScreenshots(page: Page, form: Locator, name: string) {
  const dir = path.join('test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await form.screenshot({ path: path.join(dir, `${name}-desktop.png`) });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await form.screenshot({ path: path.join(dir, `${name}-390.png`) });
  if (size) await page.setViewportSize(size);
}
