import type { Locale } from '../../platform/i18n.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/** To each adjuster when the minutes are sent for justering. */
export function minutesReviewMail(options: {
  locale: Locale;
  recipientName: string;
  meeting: { title: string; forumName: string; meetingDate: string; minutesVersion: number };
  senderName: string;
  url: string;
}): MailContent {
  const { meeting } = options;
  const version = meeting.minutesVersion > 1;
  const words =
    options.locale === 'en'
      ? {
          subject: `To approve: minutes of ${meeting.title}, ${meeting.forumName}, ${meeting.meetingDate}`,
          greeting: `Hello ${options.recipientName},`,
          body: `${options.senderName} has sent the minutes of ${meeting.title} (${meeting.meetingDate}) in ${meeting.forumName} to you for approval (justering)${version ? `, version ${meeting.minutesVersion}` : ''}. Read them, comment if something is wrong, and approve them in the app.`,
          link: 'Read and approve the minutes',
        }
      : {
          subject: `Att justera: ${meeting.title}, ${meeting.forumName}, ${meeting.meetingDate}`,
          greeting: `Hej ${options.recipientName},`,
          body: `${options.senderName} har skickat anteckningarna från ${meeting.title} (${meeting.meetingDate}) i ${meeting.forumName} till dig för justering${version ? `, version ${meeting.minutesVersion}` : ''}. Läs dem, kommentera om något är fel och justera dem i appen.`,
          link: 'Läs och justera',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body],
    link: { url: options.url, label: words.link },
  });
}
