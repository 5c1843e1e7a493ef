// Outgoing e-mail: SMTP through nodemailer when SMTP_URL is set, otherwise written to the log (development).
import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  // extra headers, e.g. an id that lets a receiver recognise a message
  headers?: Record<string, string>;
};

export type Mailer = {
  readonly isLogOnly: boolean;
  send: (message: MailMessage) => Promise<void>;
  close: () => void;
};

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>, logger?: Logger): Mailer {
  if (!config.smtpUrl) {
    return {
      isLogOnly: true,
      send: async (message) => {
        logger?.info({ mail: { to: message.to, subject: message.subject, headers: message.headers } }, 'mail not sent (SMTP_URL unset)');
      },
      close: () => undefined,
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl, { from: config.mailFrom });
  return {
    isLogOnly: false,
    send: async (message) => {
      await transport.sendMail({
        from: config.mailFrom,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.headers ? { headers: message.headers } : {}),
      });
    },
    close: () => transport.close(),
  };
}
