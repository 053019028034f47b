import { AppError, commonErrors } from '../platform/errors.ts';

export const meetingErrors = {
  notFound: () => commonErrors.notFound({ sv: 'Mötet', en: 'The meeting' }),
  itemNotFound: () => commonErrors.notFound({ sv: 'Punkten', en: 'The agenda item' }),
  attachmentNotFound: () => commonErrors.notFound({ sv: 'Bilagan', en: 'The attachment' }),
  sourceAttachment: () =>
    new AppError({
      status: 409,
      code: 'meetings.source_attachment',
      message: {
        sv: 'Originalfilen till importerade anteckningar kan inte tas bort.',
        en: 'The source file of imported minutes cannot be removed.',
      },
    }),
  roundUnpublished: (roundTitle: string) =>
    new AppError({
      status: 409,
      code: 'meetings.round_unpublished',
      message: {
        sv: `Anteckningarna innehåller lägesbilden för ${roundTitle}, som inte är publicerad. Publicera lägesbilden först.`,
        en: `The minutes contain the lägesbild of ${roundTitle}, which is not published. Publish the lägesbild first.`,
      },
    }),
  followUpsUnpublished: (meeting: string) =>
    new AppError({
      status: 409,
      code: 'meetings.follow_ups_unpublished',
      message: {
        sv: `Anteckningarna följer upp uppdrag från mötet ${meeting}, vars anteckningar inte är publicerade. Publicera dem först.`,
        en: `The minutes follow up uppdrag from the meeting ${meeting}, whose minutes are not published. Publish them first.`,
      },
    }),
  versionNotFound: () => commonErrors.notFound({ sv: 'Den justerade versionen', en: 'The approved version' }),
  notPublished: () =>
    new AppError({
      status: 403,
      code: 'meetings.not_published',
      message: {
        sv: 'Mötets anteckningar är inte publicerade än. De går att läsa när samordnaren har publicerat dem.',
        en: 'The minutes of the meeting are not published yet. They can be read once the coordinator publishes them.',
      },
    }),
  notForumMember: () =>
    new AppError({
      status: 403,
      code: 'meetings.not_forum_member',
      message: {
        sv: 'Du är inte med i forumet som mötet hör till, och kan därför inte läsa det. Be forumets samordnare om tillgång om du behöver den.',
        en: 'You are not a participant of the forum the meeting belongs to, so you cannot read it. Ask the forum coordinator for access if you need it.',
      },
    }),
  forbiddenWrite: () =>
    commonErrors.forbidden({
      sv: 'Bara forumets samordnare och mötets sekreterare kan ändra mötet och anteckningarna.',
      en: "Only the forum's coordinators and the meeting's secretary can change the meeting and its minutes.",
    }),
  forbiddenApprove: () =>
    commonErrors.forbidden({
      sv: 'Bara en utsedd justerare kan justera, och bara sin egen justering.',
      en: 'Only an appointed adjuster can approve, and only their own approval.',
    }),
  wrongState: (sv: string, en: string) =>
    new AppError({ status: 409, code: 'meetings.wrong_state', message: { sv, en } }),
  diaryNumberTaken: (dnr: string) =>
    commonErrors.conflictOn('meetings.diary_number_taken', 'body.diaryNumber', {
      sv: `Diarienumret ${dnr} används redan av ett annat möte i forumet.`,
      en: `The diary number ${dnr} is already used by another meeting in the forum.`,
    }),
  noDiaryPrefix: () =>
    commonErrors.invalid('meetings.no_diary_prefix', 'body.assignDiaryNumber', {
      sv: 'Forumet har ingen diarieserie. Ange ett prefix i mötesinställningarna eller skriv diarienumret själv.',
      en: 'The forum has no diary series. Set a prefix in the meeting settings or type the diary number.',
    }),
  noAdjusters: () =>
    commonErrors.invalid('meetings.no_adjusters', 'body.adjusters', {
      sv: 'Utse minst en justerare som är användare i systemet innan anteckningarna skickas för justering.',
      en: 'Appoint at least one adjuster who is a user of the system before sending the minutes for approval.',
    }),
  adjusterAbsent: (name: string, path: string) =>
    commonErrors.invalid('meetings.adjuster_absent', path, {
      sv: `${name} är frånvarande från mötet och kan inte vara justerare. Välj en justerare som var med, eller rätta närvaron.`,
      en: `${name} is absent from the meeting and cannot be an adjuster. Choose an adjuster who attended, or correct the attendance.`,
    }),
  withdrawalReasonRequired: () =>
    commonErrors.invalid('meetings.withdrawal_reason_required', 'body.reason', {
      sv: 'Skriv varför anteckningarna tas tillbaka från justeringen.',
      en: 'Say why the minutes are pulled back from approval.',
    }),
  personRequired: (path: string) =>
    commonErrors.invalid('meetings.person_required', path, {
      sv: 'Ange en användare eller ett namn.',
      en: 'Give a user or a name.',
    }),
  unknownUser: (path: string) =>
    commonErrors.invalid('meetings.unknown_user', path, {
      sv: 'Användaren finns inte.',
      en: 'The user does not exist.',
    }),
  itemConflict: (name: string | null, at: string) =>
    new AppError({
      status: 409,
      code: 'meetings.item_conflict',
      message: {
        sv: `Punkten har ändrats av ${name ?? 'någon annan'} ${at} sedan du öppnade den. Din text är inte sparad: läs in den nya versionen och för över dina ändringar.`,
        en: `The item was changed by ${name ?? 'someone else'} at ${at} since you opened it. Your text is not saved: load the new version and carry over your changes.`,
      },
      extra: { changedBy: name, changedAt: at },
    }),
  itemOrder: () =>
    commonErrors.invalid('meetings.item_order', 'body.itemIds', {
      sv: 'Ordningen måste innehålla mötets alla punkter, var och en en gång.',
      en: 'The order must list every item of the meeting exactly once.',
    }),
  roundOfOtherForum: () =>
    commonErrors.invalid('meetings.round_of_other_forum', 'body.roundId', {
      sv: 'Avstämningen hör till ett annat forum.',
      en: 'The round belongs to another forum.',
    }),
  fileTooLarge: () =>
    new AppError({
      status: 413,
      code: 'meetings.file_too_large',
      message: {
        sv: 'Bilagan är för stor: en bilaga får vara högst 20 MB. Dela upp den eller spara den med mindre bilder, och försök igen.',
        en: 'The attachment is too large: an attachment may be at most 20 MB. Split it or save it with smaller pictures, and try again.',
      },
    }),
};
