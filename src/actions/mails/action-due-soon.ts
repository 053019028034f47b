import type { Locale } from '../../platform/i18n.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/** To the owner of an uppdrag (its person, or its organisation's reporters) two days before it is due. */
export function actionDueSoonMail(options: {
  locale: Locale;
  action: {
    task: string;
    dueDate: string;
    forumName: string;
    meetingTitle: string;
    /** The owner organisation, when the uppdrag is not the recipient's own. */
    organizationName: string | null;
  };
  recipientName: string;
  url: string;
}): MailContent {
  const { action } = options;
  const words =
    options.locale === 'en'
      ? {
          subject: `Task due ${action.dueDate}, ${action.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          body: action.organizationName
            ? `The task given to ${action.organizationName} at ${action.meetingTitle} in ${action.forumName} is due on ${action.dueDate}:`
            : `Your task from ${action.meetingTitle} in ${action.forumName} is due on ${action.dueDate}:`,
          link: 'Update the task',
        }
      : {
          subject: `Uppdrag att slutföra senast ${action.dueDate}, ${action.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          body: action.organizationName
            ? `Uppdraget till ${action.organizationName} från ${action.meetingTitle} i ${action.forumName} ska vara klart ${action.dueDate}:`
            : `Ditt uppdrag från ${action.meetingTitle} i ${action.forumName} ska vara klart ${action.dueDate}:`,
          link: 'Uppdatera uppdraget',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body, action.task],
    link: { url: options.url, label: words.link },
  });
}
