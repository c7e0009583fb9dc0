/** A realistic named web report with distinctive personal data, to look for in raw storage. */
export const CANARY = {
  name: 'Sulastri Wahyuningsih Canary',
  phone: '081234567891',
  phoneE164: '+6281234567891',
  nik: '3316094507880003',
  address: 'Jl. Canary Melati No. 17, Desa Ngloram',
  narrative:
    'Tetangga saya, anak perempuan umur 9 tahun, sering dipukuli ayah tirinya pakai sabuk. Kemarin malam terdengar teriakan lagi. Kata-kata-kanari-unik-8841.',
} as const;

export function namedReportJson(overrides: Record<string, unknown> = {}) {
  return {
    service: 'pengaduan_kekerasan',
    narrative: CANARY.narrative,
    location: { kecamatan: 'Cepu', detail: 'RT 03 RW 02 dekat balai desa' },
    occurred: { description: 'kemarin malam' },
    victim: { ageGroup: 'anak_6_12', gender: 'perempuan', relationToReporter: 'tetangga' },
    immediateDanger: 'tidak',
    reporter: { anonymous: false, name: CANARY.name, phone: CANARY.phone, nik: CANARY.nik, address: CANARY.address },
    consent: { dataProcessing: true, contactBack: true },
    ...overrides,
  };
}

/** A named web report that triage rates `urgency`: danger now, a child beaten, an adult insulted at home. */
export function tierReportJson(urgency: 'DARURAT' | 'TINGGI' | 'NORMAL') {
  switch (urgency) {
    case 'DARURAT':
      return namedReportJson({ immediateDanger: 'ya' });
    case 'TINGGI':
      return namedReportJson();
    case 'NORMAL':
      return namedReportJson({
        narrative: 'Suami saya sering membentak dan menghina saya di depan anak-anak.',
        victim: { ageGroup: 'dewasa', gender: 'perempuan', relationToReporter: 'diri_sendiri' },
      });
  }
}
