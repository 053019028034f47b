import type { Locale } from '../platform/i18n.ts';
import { composeMail, type MailContent } from '../platform/mail.ts';

/** To the owner of a new uppdrag: the person, or the reporters of the owner organisation. */
export function actionAssignedMail(options: {
  locale: Locale;
  recipientName: string;
  action: {
    task: string;
    ownerName: string;
    dueDate: string | null;
    dueNextMeeting: boolean;
    meetingTitle: string;
    meetingDate: string;
    forumName: string;
  };
  url: string;
}): MailContent {
  const { action } = options;
  const words =
    options.locale === 'en'
      ? {
          subject: `New task: ${action.meetingTitle}, ${action.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          body: `${action.ownerName} was given a task (uppdrag) at ${action.meetingTitle} (${action.meetingDate}) in ${action.forumName}:`,
          due: action.dueDate
            ? `Due: ${action.dueDate}`
            : action.dueNextMeeting
              ? 'Due: by the next meeting'
              : 'No due date.',
          link: 'See the task',
        }
      : {
          subject: `Nytt uppdrag: ${action.meetingTitle}, ${action.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          body: `${action.ownerName} har fått ett uppdrag vid ${action.meetingTitle} (${action.meetingDate}) i ${action.forumName}:`,
          due: action.dueDate
            ? `Klart senast: ${action.dueDate}`
            : action.dueNextMeeting
              ? 'Klart till nästa möte.'
              : 'Inget slutdatum.',
          link: 'Se uppdraget',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body, action.task, words.due],
    link: { url: options.url, label: words.link },
  });
}
