/**
 * Every word the WhatsApp service says to a reporter, in Bahasa Indonesia and English. Warm, short,
 * plain; WhatsApp formatting (*bold*). Nothing here may repeat what a reporter wrote.
 */
import type { BilingualMessage } from '../../errors.js';
import type { Language } from '../../domain/vocabulary.js';

export type Text = BilingualMessage;

export const say = (lang: Language, text: Text): string => text[lang];

export const TEXTS = {
  greeting: (service: string, regency: string): Text => ({
    id: `Halo, terima kasih sudah menghubungi *${service}* ${regency}. Kami siap mendengarkan, dan semua yang Anda sampaikan dijaga kerahasiaannya.\n\nJika ada yang dalam bahaya sekarang, segera telepon *112*.\n\nApa yang bisa kami bantu?`,
    en: `Hello, thank you for contacting *${service}* ${regency}. We are here to listen, and everything you tell us is kept confidential.\n\nIf someone is in danger right now, call *112* at once.\n\nHow can we help?`,
  }),
  moreOptions: {
    id: 'Layanan lain ada di daftar ini. Kapan saja Anda bisa mengetik *batal* (hapus semua jawaban), *ulang* (mulai dari awal) atau *status* (cek laporan).',
    en: 'More services are in this list. At any time you can type *cancel* (delete all answers), *restart* (start again) or *status* (check a report).',
  },
  moreOptionsButton: { id: 'Pilihan lain', en: 'More options' },
  moreOptionsSection: { id: 'Layanan', en: 'Services' },
  checkStatusRow: { id: 'Cek status laporan', en: 'Check a report' },
  otherLanguageRow: { id: 'English', en: 'Bahasa Indonesia' },
  chooseService: {
    id: 'Silakan pilih layanan dengan menekan salah satu tombol di atas, atau ketik *lapor*, *konsultasi* atau *konseling*.',
    en: 'Please choose a service with one of the buttons above, or type *report*, *consultation* or *counselling*.',
  },
  notedBeforeService: {
    id: 'Pesan Anda sudah kami catat dan akan masuk ke laporan.',
    en: 'We have noted your message; it will be part of the report.',
  },
  narrativeReport: {
    id: 'Ceritakan apa yang terjadi: siapa yang mengalami, apa yang terjadi, dan siapa pelakunya bila tahu. Boleh dalam beberapa pesan, juga foto atau pesan suara.\n\nBila sudah selesai, tekan *Selesai*.',
    en: 'Tell us what happened: who it happened to, what happened, and who did it if you know. You can use several messages, photos or voice notes.\n\nWhen you are done, tap *Done*.',
  },
  narrativeOther: {
    id: 'Ceritakan singkat apa yang ingin Anda sampaikan. Boleh dalam beberapa pesan, juga pesan suara.\n\nBila sudah selesai, tekan *Selesai*.',
    en: 'Tell us briefly what you would like to talk about. You can use several messages or voice notes.\n\nWhen you are done, tap *Done*.',
  },
  narrativeAlreadyNoted: {
    id: 'Pesan yang Anda kirim tadi sudah kami catat.',
    en: 'The message you sent earlier is already noted.',
  },
  narrativeNoted: {
    id: 'Tercatat. Tambahkan lagi bila perlu, atau tekan *Selesai*.',
    en: 'Noted. Add more if you like, or tap *Done*.',
  },
  mediaSaved: (what: Text): Text => ({
    id: `${what.id} tersimpan dengan aman. Tambahkan lagi bila perlu, atau tekan *Selesai*.`,
    en: `${what.en} saved securely. Add more if you like, or tap *Done*.`,
  }),
  mediaSavedLater: (what: Text): Text => ({
    id: `${what.id} tersimpan dengan aman dan akan dilampirkan pada laporan.`,
    en: `${what.en} saved securely; it will be attached to the report.`,
  }),
  mediaFailed: {
    id: 'Maaf, file ini tidak bisa kami simpan (terlalu besar atau rusak). Coba kirim lagi, atau ceritakan lewat teks atau pesan suara.',
    en: 'Sorry, we could not save this file (too large or damaged). Please try again, or tell us by text or voice note.',
  },
  narrativeEmpty: {
    id: 'Kami belum menerima cerita Anda. Tulis apa yang terjadi, atau kirim pesan suara.',
    en: 'We have not received your account yet. Write what happened, or send a voice note.',
  },
  done: { id: 'Selesai', en: 'Done' },
  kecamatanQuestion: (regency: string): Text => ({
    id: `Di kecamatan mana kejadiannya (${regency})? Pilih dari daftar, ketik nama kecamatannya, atau kirim lokasi.`,
    en: `In which kecamatan (district) of ${regency} did it happen? Pick one from the list, type its name, or share a location.`,
  }),
  kecamatanButton: { id: 'Pilih kecamatan', en: 'Choose kecamatan' },
  kecamatanSection: { id: 'Kecamatan', en: 'Kecamatan' },
  kecamatanMore: { id: 'Kecamatan lain…', en: 'Other kecamatan…' },
  kecamatanUnknown: { id: 'Tidak tahu', en: 'Not sure' },
  placeNotedAskKecamatan: {
    id: 'Keterangan tempat sudah kami catat. Di kecamatan mana itu? Pilih dari daftar atau ketik namanya.',
    en: 'We noted the place. Which kecamatan is it in? Pick one from the list or type its name.',
  },
  locationNotedAskKecamatan: {
    id: 'Lokasi sudah kami terima. Di kecamatan mana itu? Pilih dari daftar, atau pilih *Tidak tahu*.',
    en: 'We received the location. Which kecamatan is it in? Pick one from the list, or choose *Not sure*.',
  },
  placeQuestion: {
    id: 'Di desa/kelurahan mana, atau apa patokannya? (boleh dilewati, atau kirim lokasi)',
    en: 'Which village, or a landmark nearby? (you can skip this, or share a location)',
  },
  skip: { id: 'Lewati', en: 'Skip' },
  whenQuestion: {
    id: 'Kapan kejadiannya? Pilih dari daftar, atau ketik tanggal atau keterangan waktunya.',
    en: 'When did it happen? Pick from the list, or type a date or a description.',
  },
  whenButton: { id: 'Pilih waktu', en: 'Choose time' },
  whenSection: { id: 'Waktu kejadian', en: 'When' },
  victimAgeQuestion: {
    id: 'Siapa korbannya? Pilih kelompok usianya, atau ketik umurnya (misalnya: 9 tahun).',
    en: 'Who is the victim? Pick their age group, or type their age (for example: 9).',
  },
  victimAgeButton: { id: 'Pilih usia', en: 'Choose age' },
  victimAgeSection: { id: 'Usia korban', en: 'Age of the victim' },
  victimGenderQuestion: { id: 'Korban perempuan atau laki-laki?', en: 'Is the victim female or male?' },
  relationQuestion: { id: 'Apa hubungan Anda dengan korban?', en: 'How are you related to the victim?' },
  relationButton: { id: 'Pilih hubungan', en: 'Choose' },
  relationSection: { id: 'Hubungan', en: 'Relation' },
  dangerQuestion: (regency: string): Text => ({
    id: `Apakah ada yang dalam bahaya *sekarang*?\n\nBila Anda memilih *Ya*, laporan ini langsung kami teruskan ke petugas jaga ${regency}.`,
    en: `Is anyone in danger *right now*?\n\nIf you choose *Yes*, we pass this report to the on-call team of ${regency} at once.`,
  }),
  dangerYes: { id: 'Ya, bahaya sekarang', en: 'Yes, in danger now' },
  dangerCheckQuestion: (regency: string): Text => ({
    id: `Apakah ada yang dalam bahaya sekarang?\n\nBila *Ya*, laporan Anda langsung kami teruskan ke petugas jaga ${regency}.`,
    en: `Is anyone in danger right now?\n\nIf *Yes*, we pass your report to the on-call team of ${regency} at once.`,
  }),
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  dangerCheckNoted: {
    id: 'Pesan Anda sudah kami catat. Mohon jawab dengan tombol di bawah.',
    en: 'We have noted your message. Please answer with the buttons below.',
  },
  dangerCheckDeclined: {
    id: 'Baik, kita lanjutkan. Bila keadaan berubah, segera telepon *112*.',
    en: 'All right, let us go on. If things change, call *112* at once.',
  },
  dangerAlreadyForwarded: (reference: string): Text => ({
    id: `Laporan darurat *${reference}* sudah kami teruskan ke petugas jaga. Pesan Anda kami catat untuk laporan itu.`,
    en: `The emergency report *${reference}* is already with the on-call team. We have noted your message for it.`,
  }),
  emergencyNumbers: (lines: string): Text => ({
    id: `🚨 *Jika nyawa terancam, segera telepon 112.*\n${lines}`,
    en: `🚨 *If a life is at risk, call 112 now.*\n${lines}`,
  }),
  dangerForwarded: (reference: string, code: string): Text => ({
    id: `Laporan Anda sudah kami teruskan ke petugas jaga sebagai *DARURAT*.\nNomor laporan: *${reference}*\nKode pelacakan: *${code}*\nSimpan keduanya dan jangan bagikan.\n\nBila Anda aman, jawab beberapa pertanyaan lagi agar petugas bisa membantu lebih baik.`,
    en: `We have passed your report to the on-call team as an *EMERGENCY*.\nReport number: *${reference}*\nTracking code: *${code}*\nKeep both and do not share them.\n\nIf you are safe, please answer a few more questions so the team can help better.`,
  }),
  identityQuestion: {
    id: 'Apakah Anda ingin tetap *anonim*? Bila tidak, petugas dapat menghubungi Anda lewat nomor WhatsApp ini. Identitas Anda tetap dirahasiakan.',
    en: 'Do you want to stay *anonymous*? If not, the team can contact you on this WhatsApp number. Your identity stays confidential.',
  },
  anonymous: { id: 'Anonim', en: 'Anonymous' },
  contactMe: { id: 'Boleh hubungi saya', en: 'You may contact me' },
  nameQuestion: {
    id: 'Siapa nama Anda? (boleh nama panggilan)',
    en: 'What is your name? (a nickname is fine)',
  },
  nameRequired: {
    id: 'Nomor WhatsApp ini bukan nomor Indonesia, jadi kami perlu nama Anda agar petugas dapat menghubungi Anda. Siapa nama Anda? Atau ketik *anonim*.',
    en: 'This WhatsApp number is not an Indonesian number, so we need your name for the team to contact you. What is your name? Or type *anonymous*.',
  },
  nameRequiredWithoutNumber: {
    id: 'Nomor WhatsApp Anda tidak terlihat oleh kami (Anda memakai nama pengguna WhatsApp), jadi kami perlu nama Anda agar petugas dapat menghubungi Anda. Siapa nama Anda? Atau ketik *anonim*.',
    en: 'We cannot see your WhatsApp number (you use a WhatsApp username), so we need your name for the team to contact you. What is your name? Or type *anonymous*.',
  },
  consentQuestion: (office: string): Text => ({
    id: `Persetujuan: laporan ini kami simpan dalam bentuk terenkripsi dan hanya dibuka oleh petugas ${office} untuk menangani kasus, sesuai UU Pelindungan Data Pribadi. Apakah Anda setuju?`,
    en: `Consent: we store this report encrypted, and only staff of ${office} open it to handle the case, as the Personal Data Protection Law requires. Do you agree?`,
  }),
  agree: { id: 'Setuju', en: 'I agree' },
  disagree: { id: 'Tidak setuju', en: 'I do not agree' },
  consentDeclined: (hotline: string | undefined): Text => ({
    id: `Tanpa persetujuan Anda, laporan tidak dapat kami simpan. Pilih *Setuju* untuk melanjutkan, atau ketik *batal* untuk menghapus semua jawaban.${hotline ? ` Anda juga bisa menghubungi ${hotline}.` : ''}`,
    en: `Without your consent we cannot store the report. Choose *I agree* to continue, or type *cancel* to delete all answers.${hotline ? ` You can also contact ${hotline}.` : ''}`,
  }),
  /** After an emergency filing: the report stays (vital interest); declining stops contact-back and additions only. */
  consentDeclinedAfterFiling: (reference: string): Text => ({
    id: `Baik. Laporan darurat *${reference}* tetap tersimpan dan sedang ditangani petugas. Petugas tidak akan menghubungi Anda kembali, dan jawaban tambahan dari percakapan ini tidak kami simpan.`,
    en: `All right. The emergency report *${reference}* stays stored and the team is handling it. The team will not contact you back, and the further answers from this chat are not stored.`,
  }),
  summaryTitle: { id: '*Ringkasan laporan*', en: '*Report summary*' },
  summaryService: { id: 'Layanan', en: 'Service' },
  summaryStory: { id: 'Cerita', en: 'Account' },
  summaryAttachments: { id: 'Lampiran', en: 'Attachments' },
  summaryPlace: { id: 'Tempat', en: 'Place' },
  summaryWhen: { id: 'Waktu', en: 'When' },
  summaryVictim: { id: 'Korban', en: 'Victim' },
  summaryDanger: { id: 'Bahaya sekarang', en: 'Danger now' },
  summaryReporter: { id: 'Pelapor', en: 'Reporter' },
  summaryAnonymous: { id: 'anonim', en: 'anonymous' },
  summaryContact: { id: 'boleh dihubungi lewat WhatsApp ini', en: 'may be contacted on this WhatsApp' },
  summaryUnknown: { id: 'tidak diketahui', en: 'not known' },
  confirmQuestion: {
    id: 'Kirim laporan ini sekarang?',
    en: 'Send this report now?',
  },
  confirmAddendumQuestion: {
    id: 'Tambahkan jawaban ini ke laporan Anda sekarang?',
    en: 'Add these answers to your report now?',
  },
  send: { id: 'Kirim laporan', en: 'Send report' },
  restartButton: { id: 'Ulang', en: 'Restart' },
  cancelButton: { id: 'Batal', en: 'Cancel' },
  receipt: (reference: string, code: string, due: string): Text => ({
    id: `✅ Laporan Anda sudah kami terima.\nNomor laporan: *${reference}*\nKode pelacakan: *${code}*\nSimpan keduanya dan jangan bagikan; kode ini hanya dikirim sekali.\n\nPetugas akan menindaklanjuti paling lambat ${due}. Untuk cek status, ketik *status*.\n\nBila ponsel ini juga dipakai orang lain, hapus percakapan ini setelah mencatat nomornya.`,
    en: `✅ We have received your report.\nReport number: *${reference}*\nTracking code: *${code}*\nKeep both and do not share them; the code is sent only once.\n\nThe team will follow up by ${due}. To check the status, type *status*.\n\nIf others use this phone too, delete this chat after noting the number.`,
  }),
  addendumReceived: (reference: string): Text => ({
    id: `✅ Terima kasih. Jawaban tambahan Anda sudah masuk ke laporan *${reference}*. Petugas sedang menindaklanjuti.\n\nBila ponsel ini juga dipakai orang lain, hapus percakapan ini.`,
    en: `✅ Thank you. Your further answers are now part of report *${reference}*. The team is following up.\n\nIf others use this phone too, delete this chat.`,
  }),
  cancelled: {
    id: 'Baik, tidak ada jawaban laporan yang tersimpan lagi dari percakapan ini. Ketik *halo* bila ingin mulai lagi.',
    en: 'All right, no report answers from this chat are stored any more. Type *hello* if you want to start again.',
  },
  cancelledCaseStays: (reference: string): Text => ({
    id: `Laporan darurat *${reference}* yang sudah terkirim tetap ditangani petugas.`,
    en: `The emergency report *${reference}* already sent stays with the team.`,
  }),
  restarted: { id: 'Baik, kita mulai dari awal.', en: 'All right, let us start again.' },
  statusQuestion: {
    id: 'Kirim nomor laporan dan kode pelacakan dalam satu pesan, contoh:\nBLR-2026-00042 ABCD-EFGH-JKMN',
    en: 'Send the report number and tracking code in one message, for example:\nBLR-2026-00042 ABCD-EFGH-JKMN',
  },
  statusNeedsCode: {
    id: 'Sekarang kirim kode pelacakannya (contoh: ABCD-EFGH-JKMN).',
    en: 'Now send the tracking code (for example: ABCD-EFGH-JKMN).',
  },
  statusResult: (reference: string, label: string, updated: string): Text => ({
    id: `Laporan *${reference}*: ${label}.\nPembaruan terakhir: ${updated}.`,
    en: `Report *${reference}*: ${label}.\nLast update: ${updated}.`,
  }),
  trackingCodeNotStored: {
    id: 'Itu tampak seperti kode pelacakan. Demi keamanan, kode tidak kami simpan di laporan. Untuk cek status, kirim dalam satu pesan: *status* nomor laporan dan kodenya, contoh:\nstatus BLR-2026-00042 ABCD-EFGH-JKMN',
    en: 'That looks like a tracking code. For your safety we do not keep codes in a report. To check a status, send in one message: *status*, the report number and the code, for example:\nstatus BLR-2026-00042 ABCD-EFGH-JKMN',
  },
  statusNotFound: {
    id: 'Nomor laporan atau kode pelacakan tidak cocok. Ketik *status* untuk mencoba lagi.',
    en: 'The report number or tracking code does not match. Type *status* to try again.',
  },
  notUnderstood: {
    id: 'Maaf, jawaban itu belum kami pahami.',
    en: 'Sorry, we did not understand that answer.',
  },
  unreadable: {
    id: 'Maaf, jenis pesan ini belum bisa kami baca. Kirim teks, foto, pesan suara, atau lokasi.',
    en: 'Sorry, we cannot read this kind of message yet. Please send text, a photo, a voice note or a location.',
  },
  /** When a message cannot be handled and would fail the same way again: nothing about what was written. */
  notProcessed: (hotline: string): Text => ({
    id: `Maaf, pesan Anda belum dapat kami proses. Petugas kami siap membantu lewat ${hotline}. Jika ada yang dalam bahaya sekarang, segera telepon *112*.`,
    en: `Sorry, we could not process your message. Our staff can help you at ${hotline}. If someone is in danger right now, call *112* at once.`,
  }),
  editApplied: {
    id: 'Perubahan pesan Anda sudah kami catat.',
    en: 'We have noted the change to your message.',
  },
  editAddedToCase: (reference: string): Text => ({
    id: `Perubahan pesan Anda sudah kami tambahkan ke laporan *${reference}*, ditandai "diubah oleh pelapor".`,
    en: `We have added the change to your message to report *${reference}*, marked as changed by you.`,
  }),
  editNotApplied: {
    id: 'Perubahan pesan itu tidak dapat kami terapkan ke laporan. Bila ada yang ingin diubah atau ditambahkan, kirim sebagai pesan baru.',
    en: 'We could not apply that change to a report. If you want to change or add something, send it as a new message.',
  },
  /** The stored conversation could not be read after an update: said in both languages (its choice is lost too). */
  draftRestarted: {
    id: 'Maaf, percakapan Anda sebelumnya tidak dapat kami lanjutkan karena layanan kami baru diperbarui; jawaban yang belum terkirim tidak tersimpan lagi. Laporan yang sudah mendapat nomor laporan tetap ditangani petugas.',
    en: 'Sorry, we cannot continue your earlier conversation because our service was just updated; answers that were not yet sent are no longer stored. Reports that already have a report number are still being handled.',
  },
  languageSwitched: { id: 'Baik, kita lanjut dalam Bahasa Indonesia.', en: 'All right, we will continue in English.' },
  photo: { id: 'Foto', en: 'Photo' },
  voiceNote: { id: 'Pesan suara', en: 'Voice note' },
  audioFile: { id: 'File audio', en: 'Audio file' },
  video: { id: 'Video', en: 'Video' },
  document: { id: 'Dokumen', en: 'Document' },
  attachedWithoutText: (count: number): Text => ({
    id: `(Cerita disampaikan lewat ${count} lampiran: lihat lampiran laporan.)`,
    en: `(The account was given in ${count} attachment(s): see the report's attachments.)`,
  }),
  sharedLocation: { id: 'Lokasi dibagikan', en: 'Shared location' },
} as const satisfies Record<string, Text | ((...args: never[]) => Text)>;

/** Time choices for "when": a date relative to today, or a description. */
export const WHEN_CHOICES = {
  today: { id: 'Hari ini', en: 'Today' },
  yesterday: { id: 'Kemarin', en: 'Yesterday' },
  week: { id: 'Dalam minggu ini', en: 'Within this week' },
  longer: { id: 'Lebih dari seminggu', en: 'More than a week ago' },
  ongoing: { id: 'Masih berlangsung', en: 'Still going on' },
  unknown: { id: 'Tidak tahu', en: 'Not sure' },
} as const satisfies Record<string, Text>;
export type WhenChoice = keyof typeof WHEN_CHOICES;
