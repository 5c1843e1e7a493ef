// Telling whoever asked for an audience what became of it. The decision is saved first; the e-mail goes
// after the transaction, and a failure to send is reported to the private office (isRequesterNotified),
// never allowed to undo the decision.
import type { Logger } from 'pino';
import type { Database } from '../../platform/db/client.js';
import type { Mailer } from '../../platform/mail/mailer.js';
import { findAdministration } from '../administrations/administrations.service.js';
import { composeAudienceMail, type AudienceOutcome } from './audience-mail.js';
import type { AudienceRow } from './audiences.repository.js';

export type Notifier = { mailer: Mailer; logger?: Logger };

// true when the message really left (not when SMTP is unset and it was only logged)
export async function notifyRequester(db: Database, notifier: Notifier, row: AudienceRow, outcome: AudienceOutcome): Promise<boolean> {
  const administration = await findAdministration(db, row.administrationId);
  const mail = composeAudienceMail(
    {
      locale: row.locale,
      reference: row.reference,
      requesterName: row.requesterName,
      administrationName: administration?.name ?? '',
      headTitle: administration?.headTitle ?? '',
    },
    outcome,
  );
  try {
    await notifier.mailer.send({
      to: row.email,
      subject: mail.subject,
      text: mail.text,
      headers: { 'X-Pilotage-Reference': row.reference },
    });
    return !notifier.mailer.isLogOnly;
  } catch (err) {
    notifier.logger?.error({ err, audienceRequestId: row.id }, 'audience request e-mail not sent');
    return false;
  }
}
