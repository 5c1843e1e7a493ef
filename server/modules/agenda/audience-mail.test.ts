import { describe, expect, it } from 'vitest';
import { composeAudienceMail } from './audience-mail.js';

const context = {
  locale: 'fr' as const,
  reference: 'DA-2026-0003',
  requesterName: 'Aïcha Dossou',
  administrationName: 'Mairie de Zogbodomey',
  headTitle: 'Maire',
};

describe('audience e-mails', () => {
  it('gives the tracking link on receipt', () => {
    const mail = composeAudienceMail(context, { kind: 'received', trackingUrl: 'https://pilotage.example/audience/suivi/abc' });
    expect(mail.subject).toBe('Demande d’audience DA-2026-0003 reçue');
    expect(mail.text).toContain('https://pilotage.example/audience/suivi/abc');
    expect(mail.text).toContain('Bonjour Aïcha Dossou,');
    expect(mail.text).toContain('auprès du Maire');
  });

  it('states the slot in the administration’s time zone', () => {
    const mail = composeAudienceMail(context, {
      kind: 'accepted',
      startsAt: new Date('2026-11-24T09:00:00Z'),
      endsAt: new Date('2026-11-24T09:30:00Z'),
      place: 'Cabinet du Maire',
      note: null,
    });
    expect(mail.text).toContain('Le Maire vous recevra le mardi 24 novembre 2026, de 10:00 à 10:30');
    expect(mail.text).toContain('Lieu : Cabinet du Maire.');
  });

  it('writes in English for a request made in English, with the reason of a refusal', () => {
    const mail = composeAudienceMail({ ...context, locale: 'en' }, { kind: 'declined', reason: 'Outside the mayor’s remit.' });
    expect(mail.subject).toBe('Audience request DA-2026-0003: answer');
    expect(mail.text).toContain('Reason: Outside the mayor’s remit.');
  });
});
