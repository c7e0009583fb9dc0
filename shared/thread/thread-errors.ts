/** The refusals of the two-way line: each a 409 with its reason, never a 5xx. */
import { AppError } from '../errors.js';

/** The named reporter said staff may not contact them: nothing is written to them. */
export class ReporterDeclinedContactError extends AppError {
  constructor() {
    super(409, 'REPORTER_DECLINED_CONTACT', {
      id: 'Pelapor meminta untuk tidak dihubungi. Pesan tidak dikirim; catat langkah lain sebagai catatan kasus.',
      en: 'The reporter asked not to be contacted. The message was not sent; record other steps as a case note.',
    });
  }
}
