import type { Locale } from '../../platform/i18n.ts';
import { roundTitleLabel } from '../../platform/labels.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/** To the forum's coordinators when a round is closed: how many reported and who is missing. */
export function roundClosedMail(options: {
  locale: Locale;
  round: { title: string; forumName: string };
  recipientName: string;
  counts: { members: number; submitted: number };
  missing: string[];
  url: string;
}): MailContent {
  const { counts, missing } = options;
  // The default title "v. 5 2021" reads "Week 5 2021" in English.
  const round = { ...options.round, title: roundTitleLabel(options.round.title, options.locale) };
  const words =
    options.locale === 'en'
      ? {
          subject: `Round closed: ${round.title}, ${round.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          body: `The round ${round.title} in ${round.forumName} is closed. ${counts.submitted} of ${counts.members} organisations submitted a situation report.`,
          missing: missing.length > 0 ? `Missing:\n${missing.join('\n')}` : 'Every organisation has reported.',
          link: 'Open the situation overview',
        }
      : {
          subject: `Avstämningen är stängd: ${round.title}, ${round.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          body: `Avstämningen ${round.title} i ${round.forumName} är stängd. ${counts.submitted} av ${counts.members} organisationer lämnade lägesrapport.`,
          missing:
            missing.length > 0 ? `Saknas:\n${missing.join('\n')}` : 'Alla organisationer har lämnat lägesrapport.',
          link: 'Öppna lägesbilden',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body, words.missing],
    link: { url: options.url, label: words.link },
  });
}
