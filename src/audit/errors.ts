import { AppError } from '../platform/errors.ts';

export function exportTooLarge(total: number, limit: number): AppError {
  return new AppError({
    status: 422,
    code: 'audit.export_too_large',
    message: {
      sv: `Filtret träffar ${total} händelser; en export rymmer högst ${limit}. Välj ett kortare datumintervall och exportera en del i taget.`,
      en: `The filter matches ${total} events; one export holds at most ${limit}. Choose a shorter date range and export one part at a time.`,
    },
  });
}
