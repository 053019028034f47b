import type { Locale } from '../../platform/i18n.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/** To the forum's members and readers when justerade minutes are published. */
export function minutesPublishedMail(options: {
  locale: Locale;
  recipientName: string;
  meeting: {
    title: string;
    forumName: string;
    meetingDate: string;
    diaryNumber: string | null;
    minutesVersion: number;
  };
  url: string;
}): MailContent {
  const { meeting } = options;
  const diary = meeting.diaryNumber ? ` (Dnr ${meeting.diaryNumber})` : '';
  const words =
    options.locale === 'en'
      ? {
          subject: `Published: minutes of ${meeting.title}, ${meeting.forumName}, ${meeting.meetingDate}`,
          greeting: `Hello ${options.recipientName},`,
          body:
            meeting.minutesVersion > 1
              ? `A corrected version (version ${meeting.minutesVersion}) of the minutes of ${meeting.title} (${meeting.meetingDate}) in ${meeting.forumName}${diary} is approved and published.`
              : `The minutes of ${meeting.title} (${meeting.meetingDate}) in ${meeting.forumName}${diary} are approved and published.`,
          link: 'Read the minutes',
        }
      : {
          subject: `Publicerat: ${meeting.title}, ${meeting.forumName}, ${meeting.meetingDate}`,
          greeting: `Hej ${options.recipientName},`,
          body:
            meeting.minutesVersion > 1
              ? `En rättad version (version ${meeting.minutesVersion}) av anteckningarna från ${meeting.title} (${meeting.meetingDate}) i ${meeting.forumName}${diary} är justerad och publicerad.`
              : `Anteckningarna från ${meeting.title} (${meeting.meetingDate}) i ${meeting.forumName}${diary} är justerade och publicerade.`,
          link: 'Läs anteckningarna',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body],
    link: { url: options.url, label: words.link },
  });
}
