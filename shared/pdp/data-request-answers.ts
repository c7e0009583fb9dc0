/**
 * What the reporter reads in their thread when a supervisor decided their data request: neutral words (a
 * shared phone may show them), no staff name, no reason beyond the kind the law lets them know.
 */
import type { DataRequestKind, DataRequestRefusal, HoldReasonKind } from '../staff/timeline.js';
import { HOLD_REASON_TEXTS } from './data-request-vocabulary.js';

const ASKED: Readonly<Record<DataRequestKind, string>> = {
  copy: 'salinan data',
  correction: 'perbaikan data',
  erasure: 'penghapusan data',
};

const GRANTED: Readonly<Record<DataRequestKind, string>> = {
  copy: 'Permintaan salinan data Anda sudah kami penuhi.',
  correction: 'Permintaan perbaikan data Anda sudah kami penuhi: data sudah diperbaiki.',
  erasure: 'Permintaan penghapusan data Anda disetujui. Data pribadi Anda dimusnahkan permanen dalam 1 jam; pesan ini pun ikut terhapus.',
};

export interface DecisionForAnswer {
  readonly request: DataRequestKind;
  readonly outcome: 'granted' | 'refused';
  readonly refusal?: DataRequestRefusal;
  readonly holdReasonKind?: HoldReasonKind;
  /** A desk request: the copy was handed over at the office. */
  readonly atDesk?: boolean;
}

export function dataRequestAnswer(decision: DecisionForAnswer): string {
  if (decision.outcome === 'granted') {
    return decision.request === 'copy' && decision.atDesk ? 'Salinan data Anda sudah diserahkan di kantor kami.' : GRANTED[decision.request];
  }
  const asked = ASKED[decision.request];
  switch (decision.refusal) {
    case 'legal_hold':
      return `Permintaan ${asked} Anda belum dapat dipenuhi: data ditahan untuk proses hukum (${HOLD_REASON_TEXTS[decision.holdReasonKind ?? 'lainnya']}).`;
    case 'legal_duty':
      return `Permintaan ${asked} Anda belum dapat dipenuhi: ada kewajiban hukum menyimpan data selama perkara ditangani kepolisian (UU TPKS).`;
    case 'identitas_tidak_terverifikasi':
      return `Permintaan ${asked} Anda belum dapat dipenuhi karena kami perlu memastikan identitas Anda. Silakan datang ke kantor kami.`;
    default:
      return `Permintaan ${asked} Anda tidak dapat dipenuhi. Silakan hubungi kantor kami bila ingin bertanya.`;
  }
}
