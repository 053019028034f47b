import type { Locale } from '../../platform/i18n.ts';
import { roundTitleLabel } from '../../platform/labels.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/**
 * The automatic reminder to an organisation that has not reported: `before` the deadline, or
 * `after` it while the round is still open. The coordinator sets both times per forum.
 */
export function roundReminderDueMail(options: {
  locale: Locale;
  when: 'before' | 'after';
  round: { title: string; forumName: string };
  deadline: { date: string; time: string };
  recipientName: string;
  organizationName: string;
  url: string;
}): MailContent {
  const { deadline, organizationName: org } = options;
  // The default title "v. 5 2021" reads "Week 5 2021" in English.
  const round = { ...options.round, title: roundTitleLabel(options.round.title, options.locale) };
  const words =
    options.locale === 'en'
      ? {
          subject:
            options.when === 'before'
              ? `Reminder: situation report ${round.title}, ${round.forumName}`
              : `Overdue: situation report ${round.title}, ${round.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          body:
            options.when === 'before'
              ? `${org} has not yet submitted its situation report for ${round.title} in ${round.forumName}.\nThe deadline is ${deadline.date} at ${deadline.time} (Swedish time).`
              : `The deadline for the situation report for ${round.title} in ${round.forumName} was ${deadline.date} at ${deadline.time} (Swedish time), and ${org} has not submitted its report. The round is still open, so it can be submitted now.`,
          automatic: 'This is an automatic reminder from Samverkan.',
          link: 'Submit the report',
        }
      : {
          subject:
            options.when === 'before'
              ? `Påminnelse: lägesrapport ${round.title}, ${round.forumName}`
              : `Försenad: lägesrapport ${round.title}, ${round.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          body:
            options.when === 'before'
              ? `${org} har ännu inte lämnat sin lägesrapport för ${round.title} i ${round.forumName}.\nSista dag är ${deadline.date} kl. ${deadline.time}.`
              : `Sista dag för lägesrapporten för ${round.title} i ${round.forumName} var ${deadline.date} kl. ${deadline.time}, och ${org} har inte lämnat sin. Avstämningen är fortfarande öppen, så den kan lämnas nu.`,
          automatic: 'Det här är en automatisk påminnelse från Samverkan.',
          link: 'Lämna lägesrapporten',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body, words.automatic],
    link: { url: options.url, label: words.link },
  });
}
