// The e-mails sent to whoever asked for an audience, in the language of their request.
import { DEFAULT_TIME_ZONE } from '../../platform/dates.js';
import type { Locale } from '../../platform/http/messages.js';

export type AudienceMailContext = {
  locale: Locale;
  reference: string;
  requesterName: string;
  administrationName: string;
  headTitle: string;
};

export type AudienceOutcome =
  | { kind: 'received'; trackingUrl: string }
  | { kind: 'accepted'; startsAt: Date; endsAt: Date; place: string | null; note: string | null }
  | { kind: 'redirected'; structureName: string; note: string | null }
  | { kind: 'declined'; reason: string };

function formatSlot(locale: Locale, startsAt: Date, endsAt: Date): string {
  const day = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeZone: DEFAULT_TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'short', timeZone: DEFAULT_TIME_ZONE });
  return locale === 'fr'
    ? `le ${day.format(startsAt)}, de ${time.format(startsAt)} à ${time.format(endsAt)}`
    : `on ${day.format(startsAt)}, from ${time.format(startsAt)} to ${time.format(endsAt)}`;
}

export function composeAudienceMail(c: AudienceMailContext, outcome: AudienceOutcome): { subject: string; text: string } {
  const fr = c.locale === 'fr';
  const greeting = fr ? `Bonjour ${c.requesterName},` : `Dear ${c.requesterName},`;
  const signature = fr ? `Le Secrétariat particulier\n${c.administrationName}` : `The Private Office\n${c.administrationName}`;
  let subject: string;
  let body: string[];
  switch (outcome.kind) {
    case 'received':
      subject = fr ? `Demande d’audience ${c.reference} reçue` : `Audience request ${c.reference} received`;
      body = fr
        ? [
            `Votre demande d’audience auprès du ${c.headTitle} a bien été enregistrée sous la référence ${c.reference}.`,
            `Vous pouvez suivre son traitement à cette adresse :\n${outcome.trackingUrl}`,
            'Conservez ce lien : il est personnel et ne vous sera pas redonné.',
          ]
        : [
            `Your request for an audience with the ${c.headTitle} has been registered as ${c.reference}.`,
            `You can follow it at this address:\n${outcome.trackingUrl}`,
            'Keep this link: it is personal and will not be sent again.',
          ];
      break;
    case 'accepted':
      subject = fr ? `Demande d’audience ${c.reference} : audience accordée` : `Audience request ${c.reference}: audience granted`;
      body = fr
        ? [
            `Le ${c.headTitle} vous recevra ${formatSlot('fr', outcome.startsAt, outcome.endsAt)}.`,
            ...(outcome.place ? [`Lieu : ${outcome.place}.`] : []),
            ...(outcome.note ? [outcome.note] : []),
            'Merci de vous présenter quinze minutes avant l’heure, muni d’une pièce d’identité.',
          ]
        : [
            `The ${c.headTitle} will receive you ${formatSlot('en', outcome.startsAt, outcome.endsAt)}.`,
            ...(outcome.place ? [`Place: ${outcome.place}.`] : []),
            ...(outcome.note ? [outcome.note] : []),
            'Please arrive fifteen minutes early with an identity document.',
          ];
      break;
    case 'redirected':
      subject = fr ? `Demande d’audience ${c.reference} : orientation` : `Audience request ${c.reference}: referred`;
      body = fr
        ? [
            `Votre demande a été transmise à la structure compétente : ${outcome.structureName}. Elle prendra contact avec vous.`,
            ...(outcome.note ? [outcome.note] : []),
          ]
        : [
            `Your request was passed on to the competent department: ${outcome.structureName}. It will contact you.`,
            ...(outcome.note ? [outcome.note] : []),
          ];
      break;
    case 'declined':
      subject = fr ? `Demande d’audience ${c.reference} : réponse` : `Audience request ${c.reference}: answer`;
      body = fr
        ? [`Votre demande d’audience ne peut être satisfaite.`, `Motif : ${outcome.reason}`]
        : [`Your audience request cannot be granted.`, `Reason: ${outcome.reason}`];
      break;
  }
  return { subject, text: [greeting, '', ...body.flatMap((p) => [p, '']), signature, ''].join('\n') };
}
