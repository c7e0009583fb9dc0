import { describe, expect, it } from 'vitest';
import {
  ageGroupIn,
  commandIn,
  genderIn,
  kecamatanIn,
  relationIn,
  serviceIn,
  statusCommandIn,
  statusQueryIn,
  trackingCodeIn,
  yesNoIn,
} from '#shared/channels/whatsapp/answers.js';

describe('commandIn', () => {
  it.each([
    ['batal', 'cancel'],
    ['  Batal! ', 'cancel'],
    ['cancel', 'cancel'],
    ['ulang', 'restart'],
    ['mulai lagi', 'restart'],
    ['STATUS', 'status'],
    ['cek status', 'status'],
    ['English', 'english'],
    ['bahasa indonesia', 'indonesian'],
  ])('reads "%s" as the command %s', (typed, command) => {
    // Assess
    expect(commandIn(typed)).toBe(command);
  });

  it('does not read a command inside a longer message', () => {
    // Assess
    expect(commandIn('jangan batal ya')).toBeUndefined();
    expect(commandIn('status anak saya bagaimana')).toBeUndefined();
  });
});

describe('answers to the questions', () => {
  it('reads a typed age as the right age group', () => {
    // Assess
    expect(ageGroupIn('9')).toBe('anak_6_12');
    expect(ageGroupIn('umur 15 thn')).toBe('anak_13_17');
    expect(ageGroupIn('8 bulan')).toBe('anak_0_5');
    expect(ageGroupIn('35 tahun')).toBe('dewasa');
    expect(ageGroupIn('nenek saya')).toBe('lansia');
    expect(ageGroupIn('gak tau')).toBe('tidak_tahu');
    expect(ageGroupIn('masih kecil')).toBeUndefined();
  });

  it('finds a kecamatan whatever the case, spacing or prefix', () => {
    // Prepare
    const kecamatan = ['Cepu', 'Tanjung Raya', 'Way Serdang'];

    // Assess
    expect(kecamatanIn('kec. cepu', kecamatan)).toBe('Cepu');
    expect(kecamatanIn('Kecamatan tanjungraya', kecamatan)).toBe('Tanjung Raya');
    expect(kecamatanIn('WAY  SERDANG', kecamatan)).toBe('Way Serdang');
    expect(kecamatanIn('Ngawi', kecamatan)).toBeUndefined();
  });

  it('reads yes, no and not sure in chat spellings', () => {
    // Assess
    expect(yesNoIn('iya')).toBe('ya');
    expect(yesNoIn('gak')).toBe('tidak');
    expect(yesNoIn('ga tau')).toBe('tidak_tahu');
    expect(yesNoIn('mungkin')).toBeUndefined();
  });

  it('reads gender, relation and service words', () => {
    // Assess
    expect(genderIn('cewek')).toBe('perempuan');
    expect(genderIn('laki-laki')).toBe('laki_laki');
    expect(relationIn('anak saya')).toBe('anak');
    expect(relationIn('saya sendiri')).toBe('diri_sendiri');
    expect(relationIn('adik ipar')).toBe('keluarga');
    expect(serviceIn('mau lapor')).toBe('pengaduan_kekerasan');
    expect(serviceIn('konseling')).toBe('konseling');
    expect(serviceIn('butuh pengacara')).toBe('pendampingan_hukum');
  });

  it('splits a typed status query into reference and tracking code', () => {
    // Assess
    expect(statusQueryIn('blr 2026 00042 abcd efgh jkmn')).toEqual({ reference: 'BLR-2026-00042', code: 'abcdefghjkmn' });
    expect(statusQueryIn('PWK-2026-00007')).toEqual({ reference: 'PWK-2026-00007', code: undefined });
    expect(statusQueryIn('ABCD-EFGH-JKMN')).toEqual({ reference: undefined, code: 'ABCDEFGHJKMN' });
  });
});

describe('statusCommandIn', () => {
  it.each([
    ['status BLR-2026-00003 E937-G8YG-TJ7F', 'E937G8YGTJ7F'],
    ['STATUS blr 2026 00003 e937g8ygtj7f', 'e937g8ygtj7f'],
    ['Cek status: blr-2026-00003  e937 g8yg tj7f', 'e937g8ygtj7f'],
  ])('reads the reference and code from "%s"', (typed, code) => {
    // Assess
    expect(statusCommandIn(typed)).toEqual({ reference: 'BLR-2026-00003', code });
  });

  it('reads a reference without a code, and nothing from words that are not a status query', () => {
    // Assess
    expect(statusCommandIn('status BLR-2026-00003')).toEqual({ reference: 'BLR-2026-00003', code: undefined });
    expect(statusCommandIn('statusnya bagaimana ya')).toBeUndefined();
    expect(statusCommandIn('saya mau tanya status laporan')).toBeUndefined();
  });
});

describe('trackingCodeIn', () => {
  it.each([
    ['kode saya E937-G8YG-TJ7F', 'E937G8YGTJ7F'],
    ['e937g8ygtj7f', 'E937G8YGTJ7F'],
    ['E937 G8YG TJ7F ya kak', 'E937G8YGTJ7F'],
    ['ABCD-EFGH-JKMN', 'ABCDEFGHJKMN'],
  ])('finds the code in "%s"', (typed, code) => {
    // Assess
    expect(trackingCodeIn(typed)).toBe(code);
  });

  it.each([
    ['mama kaka papa datang'],
    ['nomor hp saya 0812 3456 7890'],
    ['BLR-2026-00003'],
    ['Anak tetangga sering dipukul ayahnya'],
  ])('finds no code in "%s"', (typed) => {
    // Assess
    expect(trackingCodeIn(typed)).toBeUndefined();
  });
});
