import nodemailer from 'nodemailer';
import type { Locale } from './i18n.ts';

/** An iCalendar object sent with a mail: an invitation (REQUEST) or its cancellation (CANCEL). */
export interface CalendarPart {
  method: 'REQUEST' | 'CANCEL';
  content: string;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  calendar?: CalendarPart;
}

export interface MailTransport {
  send(message: {
    from: string;
    to: { name: string; address: string };
    subject: string;
    text: string;
    html: string | null;
    calendar: CalendarPart | null;
  }): Promise<void>;
  close(): void;
}

/** An SMTP connection pool from a URL such as smtp://user:pass@host:587. */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send({ calendar, ...message }) {
      await transporter.sendMail({
        ...message,
        html: message.html ?? undefined,
        // nodemailer sends it both as a text/calendar alternative with its METHOD, which Outlook
        // and Google Calendar turn into accept/decline buttons, and as an invite.ics attachment.
        icalEvent: calendar
          ? { method: calendar.method, content: calendar.content, filename: 'invite.ics' }
          : undefined,
      });
    },
    close: () => transporter.close(),
  };
}

/** The server's own words when it refused, so the outbox can show them ("550 5.1.1 No such user"). */
export function smtpAnswer(error: unknown): { answer: string; isPermanent: boolean } {
  const e = error as { response?: unknown; responseCode?: unknown; message?: unknown };
  const answer = typeof e.response === 'string' ? e.response : String(e.message ?? error);
  const code = typeof e.responseCode === 'number' ? e.responseCode : 0;
  // 5xx means the server will refuse the same message again; 4xx and lost connections may pass later.
  return { answer: answer.slice(0, 2000), isPermanent: code >= 500 && code < 600 };
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * One message as plain text and as simple HTML with the same words: paragraphs, then a link into
 * the app. Every piece is text, escaped here, so names and free text cannot inject markup.
 */
export function composeMail(options: {
  locale: Locale;
  subject: string;
  paragraphs: string[];
  link: { url: string; label: string };
}): MailContent {
  const { locale, subject, paragraphs, link } = options;
  const text = [...paragraphs, `${link.label}: ${link.url}`].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
