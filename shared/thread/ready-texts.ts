/** Ready-made messages for the usual asks of a first contact: staff pick one and may change it before sending. */
export const READY_MESSAGES: readonly string[] = [
  'Kapan aman untuk kami hubungi?',
  'Di desa mana kejadiannya?',
  'Apakah korban sekarang dalam keadaan aman?',
  'Apakah Anda bersedia kami temui? Di mana tempat yang aman untuk Anda?',
];

/** UU PDP requests as the console names them. */
export const DATA_REQUEST_LABELS = {
  copy: 'salinan data yang dikirim',
  correction: 'perbaikan data',
  erasure: 'penghapusan data',
} as const;
