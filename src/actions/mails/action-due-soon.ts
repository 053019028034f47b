import type { Locale } from '../../platform/i18n.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/** To the owner of an uppdrag two days before it is due. */
export function actionDueSoonMail(options: {
  locale: Locale;
  action: { task: string; dueDate: string; forumName: string; meetingTitle: string };
  recipientName: string;
  url: string;
}): MailContent {
  const { action } = options;
  const words =
    options.locale === 'en'
      ? {
          subject: `Task due ${action.dueDate}, ${action.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          body: `Your task from ${action.meetingTitle} in ${action.forumName} is due on ${action.dueDate}:`,
          link: 'Update the task',
        }
      : {
          subject: `Uppdrag att slutföra senast ${action.dueDate}, ${action.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          body: `Ditt uppdrag från ${action.meetingTitle} i ${action.forumName} ska vara klart ${action.dueDate}:`,
          link: 'Uppdatera uppdraget',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body, action.task],
    link: { url: options.url, label: words.link },
  });
}
