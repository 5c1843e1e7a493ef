// Journey: the DC of the demo town hall reads the organisation chart, creates a chargé de mission post
// whose attribution repeats the municipal police's, sees the duplicate warning, then switches to English.
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
