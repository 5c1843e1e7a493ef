// A mailer that keeps messages in memory (and can be told to fail), and a real SMTP server on localhost.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll } from 'vitest';
import type { MailMessage, Mailer } from '../platform/mail/mailer.js';

export type CapturingMailer = Mailer & {
  sent: MailMessage[];
  // the next `count` messages (those matching `match`, when given) fail as if the server refused them
  failNext: (count: number, match?: (message: MailMessage) => boolean) => void;
};

export function createCapturingMailer(): CapturingMailer {
  const sent: MailMessage[] = [];
  let failures = 0;
  let isFailing: (message: MailMessage) => boolean = () => true;
  return {
    isLogOnly: false,
    sent,
    failNext: (count, match) => {
      failures = count;
      isFailing = match ?? (() => true);
    },
    send: async (message) => {
      if (failures > 0 && isFailing(message)) {
        failures--;
        throw new Error('SMTP server unreachable (simulated)');
      }
      sent.push(message);
    },
    close: () => undefined,
  };
}

export type ReceivedMail = { to: string[]; deliveryId: string; subject: string };

// Listens on 127.0.0.1 on a free port; stops after the test file.
export async function startSmtpServer(): Promise<{ url: string; received: ReceivedMail[] }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(raw)?.[1]?.trim() ?? '';
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          deliveryId: header('X-Pilotage-Delivery'),
          subject: header('Subject'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received };
}
