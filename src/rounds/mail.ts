import type { Locale } from '../platform/i18n.ts';
import { roundTitleLabel } from '../platform/labels.ts';
import { composeMail, type MailContent } from '../platform/mail.ts';

/** The reminder to an organisation that has not reported, in the recipient's language. */
export function reminderMail(options: {
  locale: Locale;
  round: { title: string; forumName: string };
  deadline: { date: string; time: string };
  recipientName: string;
  organizationName: string;
  senderName: string;
  message: string | undefined;
  url: string;
}): MailContent {
  const { deadline, message } = options;
  const round = { ...options.round, title: roundTitleLabel(options.round.title, options.locale) };
  const words =
    options.locale === 'en'
      ? {
          subject: `Reminder: situation report ${round.title}, ${round.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          missing: `${options.organizationName} has not yet submitted its situation report for ${round.title} in ${round.forumName}.\nThe deadline is ${deadline.date} at ${deadline.time} (Swedish time).`,
          closing: `Regards, ${options.senderName}`,
          link: 'Submit the report',
        }
      : {
          subject: `Påminnelse: lägesrapport ${round.title}, ${round.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          missing: `${options.organizationName} har ännu inte lämnat sin lägesrapport för ${round.title} i ${round.forumName}.\nSista dag är ${deadline.date} kl. ${deadline.time}.`,
          closing: `Hälsningar, ${options.senderName}`,
          link: 'Lämna lägesrapporten',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.missing, ...(message ? [message] : []), words.closing],
    link: { url: options.url, label: words.link },
  });
}
