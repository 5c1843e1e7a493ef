// A mailer for tests: keeps every message, and can be told to fail as an unreachable SMTP server would.
import type { MailMessage, Mailer } from '../platform/mail/mailer.js';

export type MemoryMailer = Mailer & { sent: MailMessage[]; failNext: (count: number) => void };

export function createMemoryMailer(): MemoryMailer {
  const sent: MailMessage[] = [];
  let failures = 0;
  return {
    isLogOnly: false,
    sent,
    failNext: (count) => {
      failures = count;
    },
    send: async (message) => {
      if (failures > 0) {
        failures--;
        throw new Error('SMTP server unreachable (simulated)');
      }
      sent.push(message);
    },
    close: () => undefined,
  };
}
