// Journeys: the DC of the demo town hall reads the organisation chart, creates a chargé de mission post
// whose attribution repeats the municipal police's, sees the duplicate warning, then switches to English;
// the administrator adds a person, assigns them and records an interim.
import { expect, test, type Page } from '@playwright/test';
import { demoTownHall } from '../server/modules/demo/demo-data.js';
import { TEST_PASSWORD } from '../server/test/constants.js';

const protocolPost = demoTownHall.posts.find((p) => p.title === 'Chef de protocole')!;
const protocolHolder = demoTownHall.people.find((p) => p.postKey === protocolPost.key)!;
const protocolRank = demoTownHall.ranks.find((r) => r.key === protocolPost.rankKey)!;

async function signIn(page: Page, email: string) {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Organigramme', exact: true })).toBeVisible();
}

test('the DC finds the chief of protocol, is warned of a duplicate attribution, and switches to English', async ({ page }) => {
  await signIn(page, 'dc@mairie.demo.bj');

  await page.getByRole('link', { name: 'Organigramme', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Organigramme' })).toBeVisible();
  await page.getByLabel('Rechercher un poste ou une personne').fill('protocole');
  const entry = page.locator('[data-post-id]').filter({ hasText: 'Chef de protocole' }).first();
  await expect(entry).toContainText(`${protocolHolder.firstName} ${protocolHolder.lastName}`);
  await expect(entry).toContainText(protocolRank.name);
  expect(protocolRank.name).toBe('Directeur adjoint');

  await page.getByRole('link', { name: 'Nouveau poste' }).first().click();
  await page.getByRole('combobox', { name: 'Structure' }).click();
  await page.getByRole('option', { name: /Direction du Cabinet du Maire/ }).click();
  await page.getByLabel('Intitulé du poste').fill('Chargé de mission à la sécurité urbaine');
  await page
    .getByLabel('Attribution n° 1')
    .fill('Assurer le maintien de l’ordre public et la sécurité publique sur le territoire de la commune');

  const warning = page.getByRole('alert').filter({ hasText: 'Attributions en doublon possible' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Direction de la Police municipale');
  await expect(warning).toContainText(/\d+\s%/);

  await page.getByRole('button', { name: 'Créer le poste' }).click();
  await expect(page.getByRole('heading', { name: 'Chargé de mission à la sécurité urbaine' })).toBeVisible();

  await page.getByRole('button', { name: /Langue : Français/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Organisation chart', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Organisation chart', exact: true })).toBeVisible();
});

test('the administrator adds a person, assigns them to a post, and records an interim with its legal act', async ({ page }) => {
  // (the DC switched to English in the journey above, and the choice is remembered)
  await signIn(page, 'admin@mairie.demo.bj');
  await page.getByRole('link', { name: 'Personnes & intérims', exact: true }).click();
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  const personDialog = page.getByRole('dialog');
  await personDialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(personDialog.getByLabel('Prénom')).toHaveAttribute('aria-invalid', 'true');
  await personDialog.getByLabel('Prénom').fill('Rachida');
  await personDialog.getByLabel('Nom de famille').fill('Tchobo');
  await personDialog.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByText('Madame Rachida TCHOBO a été ajouté(e).').or(page.getByText(/Rachida .* a été ajouté/))).toBeVisible();

  await page.getByLabel('Rechercher une personne').fill('Tchobo');
  await page
    .getByRole('row', { name: /TCHOBO|Tchobo/ })
    .getByRole('button', { name: 'Affecter' })
    .click();
  const assignDialog = page.getByRole('dialog');
  await assignDialog.getByRole('combobox', { name: 'Poste' }).click();
  await page.getByRole('option', { name: /^Chef de protocole/ }).click();
  await assignDialog.getByRole('button', { name: 'Affecter' }).click();
  await expect(page.getByText(/est affecté\(e\) au poste « Chef de protocole »/)).toBeVisible();

  await page.getByRole('tab', { name: 'Intérims' }).click();
  await page.getByRole('button', { name: 'Nouvel intérim' }).click();
  const interimDialog = page.getByRole('dialog');
  await interimDialog.getByRole('combobox', { name: 'Poste à assurer' }).click();
  await page.getByRole('option', { name: /^Chef de protocole/ }).click();
  await interimDialog.getByRole('combobox', { name: 'Personne assurant l’intérim' }).fill('Tchobo');
  await page.getByRole('option', { name: /Rachida/ }).click();
  await interimDialog.getByLabel('Date de fin').fill('2026-12-31');
  await interimDialog.getByRole('button', { name: 'Enregistrer l’intérim' }).click();
  await expect(interimDialog.getByLabel('Acte')).toHaveAttribute('aria-invalid', 'true');
  await interimDialog.getByLabel('Acte').fill('Note de service n° 045/MZG/SG du 20 novembre 2026');
  await interimDialog.getByRole('button', { name: 'Enregistrer l’intérim' }).click();
  await expect(page.getByText(/assure l’intérim du poste « Chef de protocole »/)).toBeVisible();
  await expect(
    page
      .getByRole('cell', { name: 'Note de service n° 045/MZG/SG du 20 novembre 2026' })
      .or(page.getByText('Note de service n° 045/MZG/SG du 20 novembre 2026')),
  ).toBeVisible();
});
