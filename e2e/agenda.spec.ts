// Journey: a citizen asks the mayor of the demo town hall for an audience on the public page; the private
// secretary grants it with a slot; the event shows in the chief of staff's week view; a briefing note is
// asked of an adviser, written, and read on the event by the mayor; the feed of a director leaves it out.
import { expect, test, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { TEST_PASSWORD } from '../server/test/constants.js';

const requester = { name: 'Aïcha Dossou-Yovo', email: 'aicha.dossou@example.bj' };
const subject = 'Réhabilitation des hangars du marché central de Zogbodomey';
const note = 'Les hangars datent de 1998 ; le devis de la DST s’élève à 42 millions de FCFA.';

// A Tuesday at least three weeks ahead, clear of the demo agenda.
function slotDay(): { iso: string; typed: string } {
  const day = new Date();
  day.setDate(day.getDate() + 21);
  while (day.getDay() !== 2) day.setDate(day.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`,
    typed: `${pad(day.getDate())}/${pad(day.getMonth() + 1)}/${day.getFullYear()}`,
  };
}

async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(process.env.DEMO_PASSWORD ?? TEST_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('link', { name: 'Calendrier', exact: true })).toBeVisible();
  return page;
}

async function typeDay(page: Page, label: string, typed: string) {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(typed);
  await field.press('Tab'); // Escape would also close a dialog
}

test('an audience asked on the public page is granted, prepared with a briefing note, and stays out of a director’s feed', async ({
  browser,
}) => {
  const slot = slotDay();

  // 1. A citizen, without an account, asks for an audience.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto('/audience/MZG');
  await expect(citizen.getByRole('heading', { name: 'Demander une audience au Maire' })).toBeVisible();
  await citizen.getByLabel('Nom et prénoms').fill(requester.name);
  await citizen.getByLabel('Adresse électronique').fill(requester.email);
  await citizen.getByLabel('Objet de la demande').fill(subject);
  await typeDay(citizen, 'Date souhaitée', slot.typed);
  await citizen.getByRole('button', { name: 'Envoyer la demande' }).click();
  const trackingLink = citizen.getByTestId('tracking-link');
  await expect(trackingLink).toBeVisible();
  const trackingUrl = (await trackingLink.getAttribute('href'))!;
  expect(trackingUrl).toMatch(/\/audience\/suivi\/[A-Za-z0-9_-]+$/);

  // 2. The private secretary grants it with a slot.
  const secretary = await signIn(browser, 'secretariat@mairie.demo.bj');
  await secretary.getByRole('link', { name: 'Demandes d’audience', exact: true }).click();
  const card = secretary.getByRole('article').filter({ hasText: requester.name });
  await expect(card).toContainText(subject);
  await card.getByRole('button', { name: 'Accorder' }).click();
  const dialog = secretary.getByRole('dialog');
  await typeDay(secretary, 'Date', slot.typed);
  await dialog.getByLabel('Début').fill('16:00');
  await dialog.getByLabel('Fin').fill('16:30');
  await dialog.getByLabel('Lieu').fill('Cabinet du Maire');
  await dialog.getByRole('button', { name: 'Accorder l’audience' }).click();
  await expect(secretary.getByText(/Décision enregistrée/)).toBeVisible();

  // the citizen sees the answer at the tracking link
  await citizen.goto(trackingUrl);
  await expect(citizen.getByTestId('tracking-status')).toHaveText('Accordée');
  await expect(citizen.getByText('Lieu : Cabinet du Maire')).toBeVisible();

  // 3. The event is in the chief of staff's week view.
  const dc = await signIn(browser, 'dc@mairie.demo.bj');
  await dc.goto(`${new URL(dc.url()).pathname.replace(/\/?$/, '')}/agenda?vue=semaine&date=${slot.iso}`);
  await expect(dc.getByRole('radio', { name: 'Semaine' })).toBeChecked();
  const event = dc.locator('[data-event-id]').filter({ hasText: requester.name });
  await expect(event).toBeVisible();
  await expect(event).toContainText('16:00');

  // 4. A briefing note is asked of the legal adviser.
  await event.click();
  await dc.getByRole('link', { name: 'Ouvrir la fiche' }).click();
  await expect(dc.getByRole('heading', { name: new RegExp(requester.name) })).toBeVisible();
  const eventUrl = dc.url();
  await dc.getByRole('button', { name: 'Demander une note' }).click();
  await dc.getByRole('combobox', { name: 'Personne (conseiller, chargé de mission…)' }).fill('Issifou');
  await dc.getByRole('option', { name: /Yasmine Issifou/ }).click();
  await dc.getByLabel('Points à traiter').fill('État des hangars et coût de la réhabilitation.');
  await dc.getByRole('button', { name: 'Envoyer la demande' }).click();
  await expect(dc.getByText('Demandée', { exact: true })).toBeVisible();

  // 5. The adviser writes it.
  const adviser = await signIn(browser, 'conseiller@mairie.demo.bj');
  await adviser.getByRole('link', { name: 'Notes de préparation', exact: true }).click();
  const asked = adviser.getByRole('article').filter({ hasText: requester.name });
  await asked.getByRole('link', { name: 'Rédiger la note' }).click();
  await adviser.getByRole('textbox', { name: 'Note', exact: true }).fill(note);
  await adviser.getByRole('button', { name: 'Remettre la note' }).click();
  await expect(adviser.getByText(note)).toBeVisible();

  // 6. The mayor reads it on the event.
  const mayor = await signIn(browser, 'maire@mairie.demo.bj');
  await mayor.goto(eventUrl);
  await expect(mayor.getByText(note)).toBeVisible();
  await expect(mayor.getByText('Rédigée', { exact: true })).toBeVisible();

  // 7. A director's calendar feed does not contain it.
  const director = await signIn(browser, 'directeur@mairie.demo.bj');
  await director.getByRole('link', { name: 'Mon agenda dans mon calendrier', exact: true }).click();
  await director.getByRole('button', { name: 'Créer mon adresse' }).click();
  const feedUrl = await director.getByTestId('feed-url').inputValue();
  const response = await director.request.get(feedUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/calendar');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const summaries = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('summary')));
  expect(summaries).toContain('Session ordinaire du conseil municipal');
  expect(summaries.some((s) => s.includes(requester.name))).toBe(false);
});
