import type { Locale } from '../../platform/i18n.ts';
import { roundTitleLabel } from '../../platform/labels.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/** To each reporter of a member organisation when a round opens, by the schedule or by hand. */
export function roundOpenedMail(options: {
  locale: Locale;
  round: { title: string; forumName: string };
  deadline: { date: string; time: string };
  recipientName: string;
  organizationName: string;
  url: string;
}): MailContent {
  const { deadline } = options;
  // The default title "v. 5 2021" reads "Week 5 2021" in English.
  const round = { ...options.round, title: roundTitleLabel(options.round.title, options.locale) };
  const words =
    options.locale === 'en'
      ? {
          subject: `New round: ${round.title}, ${round.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          body: `The round ${round.title} in ${round.forumName} is open. Please submit the situation report of ${options.organizationName} by ${deadline.date} at ${deadline.time} (Swedish time).`,
          link: 'Submit the report',
        }
      : {
          subject: `Ny avstämning: ${round.title}, ${round.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          body: `Avstämningen ${round.title} i ${round.forumName} är öppen. Lämna lägesrapporten för ${options.organizationName} senast ${deadline.date} kl. ${deadline.time}.`,
          link: 'Lämna lägesrapporten',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body],
    link: { url: options.url, label: words.link },
  });
}
