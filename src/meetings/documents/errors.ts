import { AppError } from '../../platform/errors.ts';

export const documentErrors = {
  /** Every broken bilaga is listed at once, so the secretary can replace them in one go. */
  attachmentsNotPdf: (attachments: { number: number; title: string }[]) => {
    const list = attachments.map((a) => `Bilaga ${a.number} (${a.title})`).join(', ');
    return new AppError({
      status: 422,
      code: 'meetings.attachment_not_pdf',
      message: {
        sv: `Arkivexemplaret kan inte skapas: ${list} är inte en läsbar PDF-fil.`,
        en: `The archive copy cannot be created: ${list} is not a readable PDF file.`,
      },
      extra: { attachmentNumbers: attachments.map((a) => a.number) },
    });
  },
};
