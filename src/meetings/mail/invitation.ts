import type { Locale } from '../../platform/i18n.ts';
import { composeMail, type CalendarPart, type MailContent } from '../../platform/mail.ts';
import type { InvitationFacts } from './invitation-calendar.ts';

export type InvitationChange = 'new' | 'update' | 'cancel';

function when(locale: Locale, facts: InvitationFacts): string {
  const hours = facts.startTime ? `${facts.startTime}${facts.endTime ? `–${facts.endTime}` : ''}` : null;
  if (locale === 'en') return `${facts.meetingDate}${hours ? `, ${hours} (Swedish time)` : ''}`;
  return `${facts.meetingDate}${hours ? ` kl. ${hours}` : ''}`;
}

/** The agenda as the kallelse lists it: numbered titles, nothing of notes or reports. */
export function agendaText(locale: Locale, agenda: string[]): string {
  const heading = locale === 'en' ? 'Agenda' : 'Dagordning';
  return [heading, ...agenda.map((title, index) => `${index + 1}. ${title}`)].join('\n');
}

/**
 * The kallelse in the recipient's language, with the calendar invitation. `agenda` is left out for a
 * recipient who may not yet read the meeting in the app.
 */
export function invitationMail(options: {
  locale: Locale;
  change: InvitationChange;
  facts: InvitationFacts;
  recipientName: string;
  agenda: string[] | null;
  url: string;
  calendar: CalendarPart;
}): MailContent {
  const { locale, change, facts } = options;
  const place = facts.location;
  const words =
    locale === 'en'
      ? {
          subject: {
            new: `Invitation: ${facts.title}, ${facts.forumName}, ${facts.meetingDate}`,
            update: `Updated invitation: ${facts.title}, ${facts.forumName}, ${facts.meetingDate}`,
            cancel: `Cancelled: ${facts.title}, ${facts.forumName}, ${facts.meetingDate}`,
          }[change],
          greeting: `Hello ${options.recipientName},`,
          lead: {
            new: `You are invited to ${facts.title} in ${facts.forumName}.`,
            update: `The meeting ${facts.title} in ${facts.forumName} has changed. This invitation replaces the earlier one.`,
            cancel: `The meeting ${facts.title} in ${facts.forumName} is cancelled.`,
          }[change],
          facts: [`When: ${when(locale, facts)}`, ...(place ? [`Where: ${place}`] : [])].join('\n'),
          calendar:
            change === 'cancel'
              ? 'The attached calendar cancellation removes it from your calendar.'
              : 'The attached calendar invitation adds it to your calendar.',
          link: 'Open the meeting',
        }
      : {
          subject: {
            new: `Kallelse: ${facts.title}, ${facts.forumName}, ${facts.meetingDate}`,
            update: `Ändrad kallelse: ${facts.title}, ${facts.forumName}, ${facts.meetingDate}`,
            cancel: `Inställt: ${facts.title}, ${facts.forumName}, ${facts.meetingDate}`,
          }[change],
          greeting: `Hej ${options.recipientName},`,
          lead: {
            new: `Du kallas till ${facts.title} i ${facts.forumName}.`,
            update: `Mötet ${facts.title} i ${facts.forumName} är ändrat. Den här kallelsen ersätter den tidigare.`,
            cancel: `Mötet ${facts.title} i ${facts.forumName} är inställt.`,
          }[change],
          facts: [`Tid: ${when(locale, facts)}`, ...(place ? [`Plats: ${place}`] : [])].join('\n'),
          calendar:
            change === 'cancel'
              ? 'Den bifogade kalenderavbokningen tar bort mötet ur din kalender.'
              : 'Den bifogade kalenderinbjudan lägger in mötet i din kalender.',
          link: 'Öppna mötet',
        };
  const agenda = options.agenda && change !== 'cancel' ? [agendaText(locale, options.agenda)] : [];
  return {
    ...composeMail({
      locale,
      subject: words.subject,
      paragraphs: [words.greeting, words.lead, words.facts, ...agenda, words.calendar],
      link: { url: options.url, label: words.link },
    }),
    calendar: options.calendar,
  };
}
