// Journey: a sensitive dossier goes round the ministry's parapheur. The private secretary registers it with a
// PDF; the DC assigns it to the General Secretariat; the SG gives the technical opinion; a technical adviser
// gives the cabinet's; the minister approves it and asks for a directive, which then exists in Suivi with the
// dossier as its source. A director, who may not see
// sensitive dossiers, searches for a word found only inside the PDF and finds nothing; the DC finds it.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { renderPdf } from '../server/platform/documents/pdf.js';
import { TEST_PASSWORD } from '../server/test/constants.js';

// a word that appears only inside the attached PDF
const WORD = 'hydroglisseur';
const SUBJECT = 'Projet de convention pour la navette lagunaire entre Cotonou et Porto-Novo';

async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Tous les dossiers' })).toBeVisible();
  return page;
}

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

const heldBy = (page: Page) => page.getByRole('alert').filter({ hasText: 'Chez' });

test('a sensitive dossier goes from registration to the minister’s decision, and stays out of a director’s search', async ({ browser }) => {
  const pdf = await renderPdf({
    content: [
      { text: 'Note technique', fontSize: 16, bold: true },
      `La navette sera assurée par un ${WORD} de quarante places, exploité en délégation de service public.`,
    ],
  });

  // 1. the private secretary registers the dossier with its PDF
  const secretary = await signIn(browser, 'secretariat@mit.demo.bj');
  await secretary.getByRole('link', { name: 'Enregistrer un dossier' }).first().click();
  await secretary.getByLabel('Objet').fill(SUBJECT);
  await choose(secretary, 'Nature', 'Contrat');
  await secretary.getByLabel('Nom de l’expéditeur').fill('Société de transport lagunaire du Bénin');
  await secretary.getByRole('radio', { name: 'Sensible' }).check();
  await secretary.locator('input[type="file"]').setInputFiles({ name: 'note-technique.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(secretary.getByText('note-technique.pdf')).toBeVisible();
  await secretary.getByRole('button', { name: 'Enregistrer le dossier' }).click();

  await expect(secretary.getByRole('heading', { name: SUBJECT })).toBeVisible();
  await expect(secretary.getByRole('link', { name: /Télécharger note-technique\.pdf/ })).toBeVisible();
  await expect(heldBy(secretary)).toContainText('Imputation — Directeur de cabinet');
  const url = secretary.url();

  // 2. the DC assigns it to the General Secretariat for action
  const dc = await signIn(browser, 'dc@mit.demo.bj');
  await dc.goto(url);
  await dc.getByRole('button', { name: 'Imputer' }).click();
  const assign = dc.getByRole('dialog', { name: 'Imputer le dossier' });
  await choose(dc, 'Structure', /Secrétariat général du Ministère \(SGM\)/);
  await assign.getByLabel('Instructions').fill('Avis technique sous 48 heures.');
  await assign.getByRole('button', { name: 'Imputer' }).click();
  await expect(heldBy(dc)).toContainText('Avis technique — Secrétaire général du Ministère');

  // 3. the SG gives the technical opinion
  const sg = await signIn(browser, 'sg@mit.demo.bj');
  await sg.goto(url);
  await sg.getByRole('button', { name: 'Donner l’avis — Avis technique' }).click();
  await choose(sg, 'Sens de l’avis', 'Favorable avec réserves');
  await sg.getByLabel('Avis motivé').fill('Favorable, sous réserve d’une étude de sécurité de la navigation.');
  await sg.getByRole('button', { name: 'Transmettre l’avis' }).click();
  await expect(heldBy(sg)).toContainText('Avis du cabinet');

  // 4. a technical adviser gives the cabinet's opinion
  const adviser = await signIn(browser, 'conseiller@mit.demo.bj');
  await adviser.goto(url);
  await adviser.getByRole('button', { name: 'Donner l’avis — Avis du cabinet' }).click();
  await choose(adviser, 'Sens de l’avis', /^Favorable$/);
  await adviser.getByLabel('Avis motivé').fill('Le Cabinet est favorable : projet attendu par les usagers.');
  await adviser.getByRole('button', { name: 'Transmettre l’avis' }).click();
  await expect(heldBy(adviser)).toContainText('Décision — Ministre des Infrastructures et des Transports');

  // 5. the minister approves it and asks for a directive in the same act
  const minister = await signIn(browser, 'ministre@mit.demo.bj');
  await minister.goto(url);
  await minister.getByRole('button', { name: 'Décider' }).click();
  const decide = minister.getByRole('dialog', { name: 'Décision' });
  await choose(minister, 'Décision', 'Approuvé');
  await decide.getByRole('button', { name: 'Ajouter une directive' }).click();
  await decide.getByRole('textbox', { name: /^Directive/ }).fill('Lancer l’appel d’offres de la délégation de service public');
  await choose(minister, 'Structure responsable', /Direction des Transports terrestres/);
  await decide.getByLabel('Échéance').fill('2027-03-31');
  await decide.getByRole('button', { name: 'Enregistrer la décision' }).click();
  const decision = minister.getByRole('region', { name: 'Décision' });
  await expect(decision).toContainText('Approuvé');
  await expect(decision).toContainText('Lancer l’appel d’offres de la délégation de service public — Direction des Transports terrestres');
  await expect(heldBy(minister)).toContainText('Notification et classement');
  const timeline = minister.getByRole('region', { name: 'Historique' });
  await expect(timeline).toContainText('Avis donné');
  await expect(timeline).toContainText('Décision');

  // the directive now exists in Suivi, with the dossier as its source (and a link back to it)
  const directiveLink = decision.getByRole('link', { name: /^Directive D-\d{4}-\d{4}$/ });
  await expect(directiveLink).toBeVisible();
  await directiveLink.click();
  await expect(minister.getByRole('heading', { name: /^Directive D-\d{4}-\d{4}$/ })).toBeVisible();
  await expect(minister.getByText('Lancer l’appel d’offres de la délégation de service public')).toBeVisible();
  const source = minister.getByRole('link', { name: new RegExp(`^dossier .* — ${SUBJECT}$`) });
  await expect(source).toBeVisible();
  await source.click();
  await expect(minister).toHaveURL(url);

  // 6. a director may not see sensitive dossiers: the word inside the PDF finds nothing for him
  const director = await signIn(browser, 'directeur@mit.demo.bj');
  await director.getByRole('link', { name: 'Tous les dossiers' }).click();
  await director.getByLabel('Rechercher').fill(WORD);
  await expect(director.getByText(`Aucun dossier visible ne contient « ${WORD} ».`)).toBeVisible();
  await director.goto(url);
  await expect(director.getByText(/Élément introuvable/)).toBeVisible();

  // 7. the DC finds it, with the word highlighted in the extract of the PDF
  await dc.getByRole('link', { name: 'Tous les dossiers' }).click();
  await dc.getByLabel('Rechercher').fill(WORD);
  const result = dc.getByRole('listitem').filter({ hasText: SUBJECT });
  await expect(result).toBeVisible();
  await expect(result.locator('mark')).toHaveText(WORD);
});
