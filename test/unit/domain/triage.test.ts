import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseNarrative, screenForDanger, type TriageInput, triageReport } from '#shared/domain/triage.js';
import { TRIAGE_SIGNALS } from '#shared/domain/triage-lexicon.js';
import {
  AGE_GROUPS,
  CATEGORIES,
  type Category,
  DANGER_ANSWERS,
  SERVICES,
  URGENCIES,
  type Urgency,
} from '#shared/domain/vocabulary.js';

const report = (narrative: string, overrides: Partial<TriageInput> = {}): TriageInput => ({
  service: 'pengaduan_kekerasan',
  narrative,
  immediateDanger: 'tidak_tahu',
  victimAgeGroup: 'tidak_tahu',
  ...overrides,
});

interface NarrativeCase {
  readonly does: string;
  readonly when: string;
  readonly input: TriageInput;
  readonly category: Category;
  readonly urgency: Urgency;
}

// Written the way reporters type on WhatsApp: abbreviations, typos, no punctuation, regional words.
const NARRATIVES: readonly NarrativeCase[] = [
  {
    does: 'infers penelantaran, TINGGI',
    when: 'a toddler is left alone and not fed',
    input: report('balita tetangga sering ditinggal sendirian di rumah, ga dikasih makan dr pagi sampe malam'),
    category: 'penelantaran',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kdrt, TINGGI',
    when: 'a wife says her husband beats her every night',
    input: report(
      'Assalamualaikum bu, sy mau lapor. suami sy tiap malam mukulin sy, kmrn sampe lebam2 di tangan. skrg dia lg kerja',
      { victimAgeGroup: 'dewasa', immediateDanger: 'tidak' },
    ),
    category: 'kdrt',
    // Safe at this moment, but the next beating is tonight: within hours, not a day.
    urgency: 'TINGGI',
  },
  {
    does: 'is DARURAT',
    when: 'a husband is raging with a machete right now and the reporter hides with the children',
    input: report('tolong bu skrg suami sy lg ngamuk bawa golok, sy ngumpet di kamar mandi sama anak2'),
    category: 'kdrt',
    urgency: 'DARURAT',
  },
  {
    does: 'infers kekerasan_seksual, TINGGI',
    when: 'a 9-year-old girl was molested by a neighbour',
    input: report('pak, anak sy cewe umur 9 thn dicabuli tetangga, skrg dia gk mau sekolah'),
    category: 'kekerasan_seksual',
    urgency: 'TINGGI',
  },
  {
    does: 'finds no violence',
    when: 'pukul is a clock time and the beating is denied',
    input: report(
      'Mbak, kemarin pukul 10 malam ada ribut2 di rumah tetangga, tp tidak ada yang dipukul. cuma mau tanya prosedur lapor gmn',
      { service: 'konsultasi' },
    ),
    category: 'lainnya',
    urgency: 'NORMAL',
  },
  {
    does: 'stays NORMAL',
    when: 'a consultation asks about custody after a divorce',
    input: report('Sy mau konsultasi bu, gmn caranya ngurus hak asuh anak stlh cerai? mantan suami gk mau kasih ketemu', {
      service: 'konsultasi',
    }),
    category: 'lainnya',
    urgency: 'NORMAL',
  },
  {
    does: 'infers perundungan, NORMAL',
    when: 'a junior-high pupil is bullied and mocked at school',
    input: report('anak sy kls 2 SMP dibully tmn2nya di sekolah, diejek terus sampe gk mau sekolah'),
    category: 'perundungan',
    urgency: 'NORMAL',
  },
  {
    does: 'infers perdagangan_orang, TINGGI',
    when: 'a 15-year-old was sold through a broker to Malaysia',
    input: report(
      'keponakan sy 15th dijual sama calo ke malaysia, katanya mau dipekerjakan di restoran tp paspornya ditahan',
    ),
    category: 'perdagangan_orang',
    urgency: 'TINGGI',
  },
  {
    does: 'is DARURAT',
    when: 'a stepfather is beating a 6-year-old with a piece of wood now',
    input: report('Tlg cpt bu!!! bpk tiri sy lg mukulin adik sy pake kayu, adik sy br 6 thn'),
    category: 'kdrt',
    urgency: 'DARURAT',
  },
  {
    does: 'puts kekerasan_seksual before kdrt',
    when: 'a wife is forced into sex by her husband and slapped',
    input: report('sy dipaksa berhubungan sm suami pdhl sy lg sakit, kl nolak sy ditampar', { victimAgeGroup: 'dewasa' }),
    category: 'kekerasan_seksual',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kdrt, TINGGI',
    when: 'a husband stopped supporting the family and keeps the children out of school',
    input: report('suami sy udh 6 bln gk ngasih nafkah, anak2 jg gk disekolahin krn gk ada biaya'),
    category: 'kdrt',
    // Children deprived of support are a neglected-child case: over-triage is the safer error.
    urgency: 'TINGGI',
  },
  {
    does: 'is DARURAT',
    when: 'an ex-boyfriend threatens to kill the reporter',
    input: report('sy diancam mau dibunuh sm mantan pacar klo gk mau balikan, dia jg ngancam mau nyebar foto2 sy', {
      victimAgeGroup: 'dewasa',
    }),
    category: 'kekerasan_psikis',
    urgency: 'DARURAT',
  },
  {
    does: 'infers kekerasan_psikis, NORMAL',
    when: 'photos are threatened to be spread without any nudity or death threat',
    input: report('pacar sy ngancam mau nyebarin foto sy ke grup kelas kalo sy gk nurut', { victimAgeGroup: 'dewasa' }),
    category: 'kekerasan_psikis',
    urgency: 'NORMAL',
  },
  {
    does: 'infers kekerasan_seksual, TINGGI',
    when: 'an ex threatens to spread a nude video',
    input: report('kak aku diancam mantan mau nyebarin video bugil aku kalo gak kirim uang', { victimAgeGroup: 'dewasa' }),
    category: 'kekerasan_seksual',
    urgency: 'TINGGI',
  },
  {
    does: 'is TINGGI even for a consultation',
    when: 'a teacher asks what to do about a pupil who comes with bruises',
    input: report(
      'Selamat siang. Sy guru SD, mau tanya kalau ada murid yg sering datang dgn memar di lengan, sy harus lapor kemana ya',
      { service: 'konsultasi' },
    ),
    category: 'kekerasan_fisik',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kekerasan_psikis, NORMAL',
    when: 'someone asking for counselling is yelled at by a boyfriend',
    input: report('halo kak, aku mau curhat aja, aku sering dibentak2 sama pacar, dibilang bodoh, gak boleh main sama temen', {
      service: 'konseling',
      victimAgeGroup: 'dewasa',
    }),
    category: 'kekerasan_psikis',
    urgency: 'NORMAL',
  },
  {
    does: 'infers eksploitasi, TINGGI',
    when: 'a 16-year-old is forced to work and entertain guests unpaid',
    input: report('adik saya (16) dipaksa kerja di warung remang2 sm bos nya, disuruh nemenin tamu, gajinya gk dibayar', {
      victimAgeGroup: 'anak_13_17',
    }),
    category: 'eksploitasi',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kdrt, TINGGI',
    when: 'a neighbour reports a 7-year-old often beaten by the father with a belt',
    input: report('bu sy mau lapor ada anak tetangga umur 7 thn sering dipukuli bapaknya pake sabuk, badannya biru2'),
    category: 'kdrt',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kekerasan_seksual, TINGGI',
    when: 'an adult reports abuse by an uncle from primary school',
    input: report(
      'pelakunya om sy sendiri, dia megang2 kemaluan sy waktu sy msh kls 5 sd, skrg sy udh 20 thn dan masih trauma',
      { victimAgeGroup: 'dewasa' },
    ),
    category: 'kekerasan_seksual',
    urgency: 'TINGGI',
  },
  {
    does: 'is TINGGI but not DARURAT',
    when: 'a slap made the lip bleed and the victim is now safe with her parents',
    input: report('kak, td mlm sy ditampar suami sampe bibir berdarah, skrg sy di rumah ortu', { immediateDanger: 'tidak' }),
    category: 'kdrt',
    urgency: 'TINGGI',
  },
  {
    does: 'is DARURAT',
    when: 'the victim is still at the perpetrator’s house',
    input: report('sy msh di rumah pelaku, hp sy mau diambil, tolong cpt'),
    category: 'lainnya',
    urgency: 'DARURAT',
  },
  {
    does: 'reads Sundanese and is TINGGI',
    when: 'a husband hit and kicked his wife until she fainted',
    input: report('Sampurasun, abdi bade lapor, salaki abdi sok neunggeul, kamari abdi ditajong nepi ka pingsan'),
    category: 'kdrt',
    urgency: 'TINGGI',
  },
  {
    does: 'reads Javanese and is TINGGI',
    when: 'a drunk husband punches his wife until she passes out',
    input: report('Mbak, bojoku saben mendem mesti ngantemi aku, wingi aku dikeplak nganti semaput'),
    category: 'kdrt',
    urgency: 'TINGGI',
  },
  {
    does: 'is DARURAT',
    when: 'someone asking for counselling wants to die',
    input: report('sy pengen mati aja kak, udh gk kuat lg', { service: 'konseling' }),
    category: 'lainnya',
    urgency: 'DARURAT',
  },
  {
    does: 'infers kekerasan_seksual, TINGGI',
    when: 'a 14-year-old was made pregnant by an adult boyfriend',
    input: report('anak prempuan sy 14 thn dihamili pacarnya yg udh 25 thn, skrg hamil 4 bln'),
    category: 'kekerasan_seksual',
    urgency: 'TINGGI',
  },
  {
    does: 'infers perundungan, NORMAL',
    when: 'older pupils extort a child every day',
    input: report('anak sy dipalak kakak kelas tiap hari, uang jajannya diambil', { victimAgeGroup: 'anak_6_12' }),
    category: 'perundungan',
    urgency: 'NORMAL',
  },
  {
    does: 'infers eksploitasi, NORMAL',
    when: 'an adult domestic worker is unpaid and kept inside',
    input: report('Ibu, sy ART di Jakarta, majikan sy tdk kasih gaji 5 bln dan hp sy disita, gk boleh keluar rumah', {
      victimAgeGroup: 'dewasa',
    }),
    category: 'eksploitasi',
    urgency: 'NORMAL',
  },
  {
    does: 'infers eksploitasi, TINGGI',
    when: 'parents make a small child beg at traffic lights',
    input: report('mau lapor kak, ada bocil di kampung sy disuruh ngemis sm ortunya tiap hari di lampu merah'),
    category: 'eksploitasi',
    urgency: 'TINGGI',
  },
  {
    does: 'is not DARURAT',
    when: 'sekarang means nowadays ("sekarang sering mukul")',
    input: report('sekarang suami sy sering mukul kalo lg mabuk', { victimAgeGroup: 'dewasa' }),
    category: 'kdrt',
    urgency: 'NORMAL',
  },
  {
    does: 'infers kekerasan_seksual, TINGGI, and no blow',
    when: 'a child is groped ("dipegang-pegang")',
    input: report('anak sy dipegang-pegang sm tetangga waktu main ke rumahnya'),
    category: 'kekerasan_seksual',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kdrt, TINGGI',
    when: 'an English report says a woman is beaten by her husband every night',
    input: report('My sister is beaten by her husband every night, she has bruises on her arms', { victimAgeGroup: 'dewasa' }),
    category: 'kdrt',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kekerasan_psikis, TINGGI',
    when: 'an English report says a woman is locked in the house and not fed',
    input: report('The woman next door is locked in the house all day by her employer and not fed', { victimAgeGroup: 'dewasa' }),
    category: 'kekerasan_psikis',
    urgency: 'TINGGI',
  },
  {
    does: 'infers kdrt, TINGGI',
    when: 'an English report says children are locked in the house and not fed by their stepfather',
    input: report('their stepfather keeps the kids locked in the house and they are not fed'),
    category: 'kdrt',
    urgency: 'TINGGI',
  },
  {
    does: 'is DARURAT',
    when: 'an English report says a husband threatens to kill with a knife',
    input: report('please help, my husband has a knife and is threatening to kill me'),
    category: 'kdrt',
    urgency: 'DARURAT',
  },
  {
    does: 'infers kekerasan_seksual, TINGGI',
    when: 'an English report says a girl was molested by a teacher',
    input: report('a 12 year old girl in my class was molested by our teacher'),
    category: 'kekerasan_seksual',
    urgency: 'TINGGI',
  },
  {
    does: 'is NORMAL',
    when: 'an English report denies the blow ("he didn\'t hit her")',
    input: report("they argue a lot but he didn't hit her", { victimAgeGroup: 'dewasa' }),
    category: 'lainnya',
    urgency: 'NORMAL',
  },
  {
    does: 'is DARURAT',
    when: 'a chat drops letters ("tlg", "bnh", "skrg", "dpukul")',
    input: report('tlg bu, suami sy mau bnh sy skrg, td sy dpukul'),
    category: 'kdrt',
    urgency: 'DARURAT',
  },
  {
    does: 'is NORMAL',
    when: 'the bleeding is denied ("gk sampe berdarah")',
    input: report('sy ditampar suami tp gk sampe berdarah kok', { victimAgeGroup: 'dewasa' }),
    category: 'kdrt',
    urgency: 'NORMAL',
  },
];

describe('triageReport', () => {
  it.each(NARRATIVES)('$does when $when', ({ input, category, urgency }) => {
    // Act
    const result = triageReport(input);

    // Assess
    expect({ category: result.category, urgency: result.urgency }).toEqual({ category, urgency });
  });

  it('records groping as sexual, not as a blow', () => {
    // Act
    const result = triageReport(report('adik sy dipegang2 sm om nya'));

    // Assess
    expect(result.signals).toContain('sexual');
    expect(result.signals).not.toContain('physical');
  });

  it('records no physical violence when pukul is a clock time', () => {
    // Prepare
    const input = report('Kejadiannya pukul 10 malam, sy dihina2 di depan tetangga sm ipar sy');

    // Act
    const result = triageReport(input);

    // Assess
    expect(result).toEqual({ category: 'kdrt', urgency: 'NORMAL', signals: ['domestic', 'psychic'] });
  });

  it('keeps the given category when the reporter or agent chose one', () => {
    // Prepare
    const input = report('suami sy mukulin sy', { category: 'kekerasan_psikis', victimAgeGroup: 'dewasa' });

    // Act
    const result = triageReport(input);

    // Assess
    expect(result.category).toBe('kekerasan_psikis');
    expect(result.signals).toEqual(['domestic', 'physical', 'psychic']);
  });

  it('infers the category when the given one is lainnya (not sure)', () => {
    // Prepare
    const input = report('anak sy dibully di sekolah', { category: 'lainnya' });

    // Act
    const result = triageReport(input);

    // Assess
    expect(result.category).toBe('perundungan');
  });

  it('raises urgency from the given category when the narrative is vague', () => {
    // Prepare
    const input = report('mohon dibantu bu', { category: 'kekerasan_seksual' });

    // Act
    const result = triageReport(input);

    // Assess
    expect(result).toEqual({ category: 'kekerasan_seksual', urgency: 'TINGGI', signals: ['sexual'] });
  });

  it('is DARURAT when the reporter answers that someone is in danger now', () => {
    // Prepare
    const input = report('mohon hubungi sy', { immediateDanger: 'ya' });

    // Act
    const result = triageReport(input);

    // Assess
    expect(result).toEqual({ category: 'lainnya', urgency: 'DARURAT', signals: ['danger_now'] });
  });

  it('treats the victim as a child when the age group says so', () => {
    // Prepare
    const input = report('dia ditendang temennya sampe jatuh', { victimAgeGroup: 'anak_6_12' });

    // Act
    const result = triageReport(input);

    // Assess
    expect(result).toEqual({ category: 'kekerasan_fisik', urgency: 'TINGGI', signals: ['child', 'physical'] });
  });

  it('normalises case, diacritics, punctuation, stretched letters and chat spellings', () => {
    // Act
    const text = normaliseNarrative('  TOLONGGG!!! Sy   DIPÚKUL… skrg, anak2 umur7thn; gk ada yg bantu ');

    // Assess
    expect(text).toBe('tolong saya dipukul sekarang anak anak umur 7 tahun tidak ada yang bantu');
  });

  it('returns a valid category, urgency and known signal codes for any string', () => {
    // Prepare
    // Any code point (lone surrogates and combining marks included), and token soups that reach the lexicon.
    // A mapped integer instead of unit 'binary': that one takes a second to build under vitest.
    const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point));
    const lexiconish = fc.constantFrom('dipukul', 'tidak', 'ada', 'yang', 'anak', 'pukul', '10', 'skrg', 'é', '💥', '\u0000');
    const narrative = fc.oneof(
      fc.string({ unit: codePoint, maxLength: 400 }),
      fc.array(lexiconish, { maxLength: 60 }).map((tokens) => tokens.join(' ')),
    );
    const input = fc.record({
      service: fc.constantFrom(...SERVICES),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: undefined }),
      narrative,
      immediateDanger: fc.constantFrom(...DANGER_ANSWERS),
      victimAgeGroup: fc.constantFrom(...AGE_GROUPS),
    });

    // Act & Assess
    fc.assert(
      fc.property(input, (generated) => {
        const result = triageReport(generated);
        expect(CATEGORIES).toContain(result.category);
        expect(URGENCIES).toContain(result.urgency);
        expect(result.signals.every((signal) => TRIAGE_SIGNALS.includes(signal))).toBe(true);
        expect(new Set(result.signals).size).toBe(result.signals.length);
        if (generated.immediateDanger === 'ya') expect(result.urgency).toBe('DARURAT');
        if (generated.category !== undefined && generated.category !== 'lainnya') {
          expect(result.category).toBe(generated.category);
        }
      }),
    );
  });

  it('stays fast when the narrative is huge', () => {
    // Prepare
    const input = report('sy tidak ada yang dipukul 𝕯 é\uD800 '.repeat(100_000));

    // Act
    const started = performance.now();
    const result = triageReport(input);
    const elapsedMs = performance.now() - started;

    // Assess
    expect(URGENCIES).toContain(result.urgency);
    expect(elapsedMs).toBeLessThan(500);
  });
});

describe('screenForDanger', () => {
  it.each([
    ['dia sedang memukul saya sekarang'],
    ['tlg suami sy lg mukulin sy'],
    ['anak saya sedang diperkosa'],
    ["he's beating me right now"],
    ['my husband is hitting my son'],
    ['I am being attacked'],
  ])('says harm is happening when the words put an act of violence in the present: %s', (text) => {
    // Act & Assess
    expect(screenForDanger(text)).toBe('happening');
  });

  it.each([
    ['Tolong saya, suami saya mau bunuh saya sekarang dia bawa parang'],
    ['suami sy lg ngamuk bawa golok'],
    ['tlg cpt, sy diancam mau dibunuh'],
    ['sy msh di rumah pelaku, tolong'],
    ['anak saya masih sering dicabuli ayah tirinya'],
    ['he says he will kill me tonight'],
    ['my father has a gun'],
    ['she is still being abused every night by her uncle, he rapes her'],
  ])('asks about danger when the words speak of a threat, a weapon or ongoing sexual violence: %s', (text) => {
    // Act & Assess
    expect(screenForDanger(text)).toBe('possible');
  });

  it.each([
    ['Anak tetangga saya sering dipukul ayahnya.'],
    ['dia memukul saya kemarin, sekarang saya di rumah ibu'],
    ['sekarang suami sy sering mukul kalo lg mabuk'],
    ['dia tidak sedang memukul, cuma marah'],
    ['Saya mau konsultasi soal hak asuh anak'],
    ['he hit me last year'],
    ['BLR-2026-00003'],
  ])('finds no danger when violence is past, habitual, denied or absent: %s', (text) => {
    // Act & Assess
    expect(screenForDanger(text)).toBeUndefined();
  });
});
