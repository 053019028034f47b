import type { Locale } from '../../platform/i18n.ts';
import { composeMail, type MailContent } from '../../platform/mail.ts';

/** To the owner of an uppdrag (its person, or its organisation's reporters) the day after it was due, while it is still open. */
export function actionOverdueMail(options: {
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
          subject: `Overdue task, ${action.forumName}`,
          greeting: `Hello ${options.recipientName},`,
          body: action.organizationName
            ? `The task given to ${action.organizationName} at ${action.meetingTitle} in ${action.forumName} was due on ${action.dueDate} and is not marked as done:`
            : `Your task from ${action.meetingTitle} in ${action.forumName} was due on ${action.dueDate} and is not marked as done:`,
          link: 'Update the task',
        }
      : {
          subject: `Försenat uppdrag, ${action.forumName}`,
          greeting: `Hej ${options.recipientName},`,
          body: action.organizationName
            ? `Uppdraget till ${action.organizationName} från ${action.meetingTitle} i ${action.forumName} skulle ha varit klart ${action.dueDate} och är inte markerat som klart:`
            : `Ditt uppdrag från ${action.meetingTitle} i ${action.forumName} skulle ha varit klart ${action.dueDate} och är inte markerat som klart:`,
          link: 'Uppdatera uppdraget',
        };
  return composeMail({
    locale: options.locale,
    subject: words.subject,
    paragraphs: [words.greeting, words.body, action.task],
    link: { url: options.url, label: words.link },
  });
}
