// The words of a reminder, in the recipient's language. A reserved item's text never leaves Pilotage:
// the message names the reference and the due date only.
import type { MailMessage } from '../../platform/mail/mailer.js';

export type ReminderContent = {
  deliveryId: string;
  recipientName: string;
  locale: 'fr' | 'en';
  reminderKind: 'before_due' | 'on_due' | 'overdue';
  step: number;
  dueDate: string;
  directiveId: string;
  administrationId: string;
  reference: string;
  directiveKind: 'directive' | 'recommendation';
  text: string;
  confidentiality: 'normal' | 'sensitive' | 'reserved';
  status: string;
  progress: number;
};

const formatDate = (iso: string, locale: 'fr' | 'en') =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const statusLabels = {
  fr: { not_started: 'non démarré', in_progress: 'en cours', done: 'terminé', blocked: 'bloqué', cancelled: 'annulé' },
  en: { not_started: 'not started', in_progress: 'in progress', done: 'done', blocked: 'blocked', cancelled: 'cancelled' },
} as Record<'fr' | 'en', Record<string, string>>;

export function describeReminder(c: Omit<ReminderContent, 'deliveryId' | 'recipientName'>): { title: string; body: string } {
  const due = formatDate(c.dueDate, c.locale);
  const fr = c.locale === 'fr';
  const noun = c.directiveKind === 'directive' ? (fr ? 'Directive' : 'Directive') : fr ? 'Recommandation' : 'Recommendation';
  let title: string;
  if (c.reminderKind === 'before_due')
    title = fr ? `Rappel : ${c.reference} arrive à échéance le ${due}` : `Reminder: ${c.reference} is due on ${due}`;
  else if (c.reminderKind === 'on_due') title = fr ? `Échéance aujourd’hui : ${c.reference}` : `Due today: ${c.reference}`;
  else if (c.step <= 1) title = fr ? `En retard : ${c.reference} (échéance du ${due})` : `Overdue: ${c.reference} (due on ${due})`;
  else
    title = fr
      ? `Relance de niveau ${c.step} : ${c.reference} en retard depuis le ${due}`
      : `Escalation level ${c.step}: ${c.reference} overdue since ${due}`;
  const text =
    c.confidentiality === 'reserved'
      ? fr
        ? 'Affaire réservée : consultez-la dans Pilotage.'
        : 'Reserved matter: read it in Pilotage.'
      : c.text;
  const body = [
    `${noun} ${c.reference} — ${text}`,
    `${fr ? 'Échéance' : 'Due date'} : ${due}`,
    `${fr ? 'État' : 'Status'} : ${statusLabels[c.locale]![c.status] ?? c.status} (${c.progress} %)`,
  ].join('\n');
  return { title, body };
}

export function buildReminderMail(c: ReminderContent, to: string, publicUrl: string | undefined): MailMessage {
  const { title, body } = describeReminder(c);
  const fr = c.locale === 'fr';
  const link = publicUrl ? `\n\n${publicUrl}/followup/directives/${c.directiveId}` : '';
  const text = [
    `${fr ? 'Bonjour' : 'Hello'} ${c.recipientName},`,
    '',
    body + link,
    '',
    fr
      ? 'Message envoyé par Pilotage selon l’échelle de relance de votre administration.'
      : 'Sent by Pilotage following the escalation ladder of your administration.',
  ].join('\n');
  return { to, subject: `[Pilotage] ${title}`, text, headers: { 'X-Pilotage-Delivery': c.deliveryId } };
}
