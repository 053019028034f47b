import { AppError, commonErrors, type LocalizedMessage } from '../platform/errors.ts';

export const reportErrors = {
  notMember: () =>
    commonErrors.invalid('reports.not_member', 'params.organizationId', {
      sv: 'Organisationen är inte medlem i forumet och lämnar ingen rapport här.',
      en: 'The organisation is not a member of the forum and files no report here.',
    }),
  forbiddenRead: () =>
    commonErrors.forbidden({
      sv: 'Du kan bara läsa din egen organisations rapportutkast.',
      en: "You can only read your own organisation's report drafts.",
    }),
  forbiddenWrite: () =>
    commonErrors.forbidden({
      sv: 'Du kan bara skriva rapporten för din egen organisation, i forum där du är rapportör.',
      en: 'You can only write the report of your own organisation, in forums where you are a reporter.',
    }),
  conflict: (name: string | null, at: { sv: string; en: string; iso: string }) =>
    new AppError({
      status: 409,
      code: 'reports.conflict',
      message: {
        sv: `Rapporten har ändrats av ${name ?? 'någon annan'} ${at.sv} sedan du öppnade den. Dina ändringar är inte sparade: läs in den nya versionen och för över det du skrev.`,
        en: `The report was changed by ${name ?? 'someone else'} at ${at.en} since you opened it. Your changes are not saved: load the new version and carry over what you wrote.`,
      },
      extra: { changedBy: name, changedAt: at.iso },
    }),
  invalidValue: (path: string, message: LocalizedMessage) =>
    commonErrors.invalid('reports.invalid_value', path, message),
  incomplete: (fields: { path: string; message: LocalizedMessage }[]) =>
    new AppError({
      status: 422,
      code: 'reports.incomplete',
      message: {
        sv: 'Rapporten kan inte skickas in än: ' + fields.map((f) => f.message.sv).join(' '),
        en: 'The report cannot be submitted yet: ' + fields.map((f) => f.message.en).join(' '),
      },
      fieldErrors: fields,
    }),
  nothingToSubmit: () =>
    commonErrors.conflict('reports.nothing_to_submit', {
      sv: 'Det finns inga ändringar att skicka in sedan förra versionen.',
      en: 'There are no changes to submit since the last version.',
    }),
  noPrevious: () =>
    commonErrors.notFound({ sv: 'En tidigare rapport att utgå från', en: 'A previous report to start from' }),
  versionNotFound: () => commonErrors.notFound({ sv: 'Versionen', en: 'The version' }),
};
