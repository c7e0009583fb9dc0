/**
 * The Indonesian keyword lexicon behind triage, as data. Every pattern runs over NORMALISED text (see
 * `normaliseNarrative` in triage.ts): lowercase a–z, digits and single spaces, with the chat spellings in
 * `CHAT_ABBREVIATIONS` already expanded (yg → yang, gk → tidak, skrg → sekarang, kdrt → kekerasan dalam
 * rumah tangga). Words from Javanese (Blora) are marked `jv`, from Sundanese (Purwakarta) `su`; the
 * English a reporter may write on the English form or in an English WhatsApp conversation is marked `en`.
 */
import type { Category } from './vocabulary.js';

/** Stable codes stored in plaintext and shown to staff: never words of the narrative. */
export const TRIAGE_SIGNALS = [
  'danger_now',
  'threat_to_life',
  'weapon',
  'serious_injury',
  'child',
  'sexual',
  'trafficking',
  'exploitation',
  'domestic',
  'physical',
  'psychic',
  'confinement',
  'neglect',
  'recurring',
  'bullying',
] as const;
export type TriageSignal = (typeof TRIAGE_SIGNALS)[number];

/** The signal that points to each category; 'kdrt' also needs physical, psychic or neglect (triage.ts). */
export const CATEGORY_SIGNAL = {
  kekerasan_seksual: 'sexual',
  perdagangan_orang: 'trafficking',
  eksploitasi: 'exploitation',
  kdrt: 'domestic',
  kekerasan_fisik: 'physical',
  kekerasan_psikis: 'psychic',
  penelantaran: 'neglect',
  perundungan: 'bullying',
} as const satisfies Record<Exclude<Category, 'lainnya'>, TriageSignal>;

/** Whole-token chat spellings and regional negators, rewritten to the words the patterns use. */
export const CHAT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    yg: 'yang',
    sy: 'saya',
    sya: 'saya',
    aq: 'aku',
    org: 'orang',
    ortu: 'orang tua',
    bpk: 'bapak',
    bpak: 'bapak',
    bapa: 'bapak', // su
    ank: 'anak',
    kdrt: 'kekerasan dalam rumah tangga',
    skrg: 'sekarang',
    skg: 'sekarang',
    skrng: 'sekarang',
    skr: 'sekarang',
    skrang: 'sekarang',
    skarang: 'sekarang',
    lg: 'lagi',
    lgi: 'lagi',
    sdg: 'sedang',
    msh: 'masih',
    masi: 'masih',
    mlm: 'malam',
    malem: 'malam',
    ntar: 'nanti',
    ntr: 'nanti',
    mo: 'mau',
    mw: 'mau',
    mao: 'mau',
    arep: 'mau', // jv
    bade: 'mau', // su
    pengen: 'ingin',
    pengin: 'ingin',
    pingin: 'ingin',
    pgn: 'ingin',
    kepengen: 'ingin',
    tlg: 'tolong',
    tlong: 'tolong',
    tolongin: 'tolong',
    tulung: 'tolong', // jv
    tulungan: 'tolong', // su
    cpt: 'cepat',
    cepet: 'cepat',
    cepetan: 'cepat',
    cepatan: 'cepat',
    dgn: 'dengan',
    dg: 'dengan',
    dng: 'dengan',
    sm: 'sama',
    pake: 'pakai',
    sampe: 'sampai',
    udh: 'sudah',
    udah: 'sudah',
    sdh: 'sudah',
    dah: 'sudah',
    blm: 'belum',
    blom: 'belum',
    blum: 'belum',
    durung: 'belum', // jv
    bkn: 'bukan',
    tdk: 'tidak',
    tdak: 'tidak',
    g: 'tidak',
    gk: 'tidak',
    ga: 'tidak',
    gak: 'tidak',
    gx: 'tidak',
    ngga: 'tidak',
    nggak: 'tidak',
    nggk: 'tidak',
    ngak: 'tidak',
    engga: 'tidak',
    enggak: 'tidak',
    kagak: 'tidak',
    ndak: 'tidak',
    ora: 'tidak', // jv
    mboten: 'tidak', // jv
    henteu: 'tidak', // su
    teu: 'tidak', // su
    rmh: 'rumah',
    rumh: 'rumah',
    rs: 'rumah sakit',
    kls: 'kelas',
    umr: 'umur',
    thn: 'tahun',
    th: 'tahun',
    bln: 'bulan',
    bnh: 'bunuh',
    bnuh: 'bunuh',
    prkosa: 'perkosa',
    rn: 'right now', // en
    pls: 'please', // en
    plz: 'please', // en
  }),
);

/** Chat drops the i of di- ("dpukul", "dbunuh"): before these stems a lone d is read as di. */
export const CHAT_DI_STEMS = [
  ...['pukul', 'bunuh', 'tampar', 'tendang', 'perkosa', 'cabul', 'aniaya', 'siksa', 'ancam', 'kurung', 'sekap'],
  ...['tusuk', 'bacok', 'hajar', 'jual', 'pegang', 'raba', 'usir', 'hina', 'maki', 'bentak', 'cekik', 'kunci'],
  ...['tinggal', 'leceh', 'gerayang', 'grepe', 'colek', 'keroyok', 'gebuk', 'sabet', 'injak', 'jambak'],
] as const;

/**
 * A hit is cancelled when the text right before it ends in a negator plus at most two filler words:
 * "tidak dipukul", "tidak ada yang dipukul", "belum pernah dipukul", "tidak sampai berdarah",
 * "tidak bawa pisau"; in English "not beaten", "no one hit her", "didn't hit". Deliberately NOT handled: negation after the word ("dipukul? tidak"), double
 * negation, "jangan" (a plea, not a denial), and a negator with other words between ("tidak tahan
 * dipukul", "tidak terima anak saya dipukul" still count, rightly). "tak" is not a negator: in
 * Javanese "tak pateni" means "I will kill you".
 */
export const NEGATED_BEFORE = new RegExp(
  [
    '(?:^| )(?:tidak|belum|bukan|tanpa|not|never|no|without|(?:don|doesn|didn|isn|wasn|aren|weren|hasn|haven|hadn|won) t)',
    '(?: (?:ada|yang|pernah|sampai|sempat|sedang|pakai|bawa|membawa|been|be|being|ever|one|anyone|get|got|was|is|carry|have|any)){0,2} $',
  ].join(''),
);

const PREFIX = '(?:di|ke|ter|ber|per|pe|pem|pen|peng|peny|me|mem|men|meng|meny|ng|nge)?';
const SUFFIX = '(?:i|kan|an|in)?(?:nya|ku|mu|lah)?';

/** Stems with Indonesian affixes around them. List nasal forms too (tendang, nendang): meN- changes the first letter. */
const affixed = (...stems: string[]) => `\\b${PREFIX}(?:${stems.join('|')})${SUFFIX}\\b`;
const words = (...phrases: string[]) => `\\b(?:${phrases.join('|')})\\b`;
/** `first` followed by `then` with at most `gap` words between. */
const near = (first: string, then: string, gap: number) => `${first}(?: [a-z0-9]+){0,${gap}} ${then}`;
const compile = (...sources: string[]) => sources.map((source) => new RegExp(source));

const CLOCK_TIME =
  '(?:[0-9]+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|setengah|berapa)';
/** pukul is also "o'clock" (pukul 10 malam) and "pukul rata" means "generalise": neither is a blow. */
const PUKUL = `\\b(?:(?:di|me|pe)[pm]ukul${SUFFIX}|[pm]ukul(?:i|an|in|nya)${SUFFIX}|mukul|pukul(?! ${CLOCK_TIME}\\b))\\b(?! rata\\b)`;
/** Acts that make "now" words urgent; threats are left out because "masih diancam" is ongoing, not acute. */
const VIOLENT_ACT = `(?:${PUKUL}|${affixed(
  ...['hajar', 'aniaya', 'siksa', 'nyiksa', 'tendang', 'nendang', 'tampar', 'nampar', 'cekik', 'nyekik', 'bunuh'],
  ...['perkosa', 'merkosa', 'kurung', 'ngurung', 'sekap', 'nyekap', 'kunci', 'kejar', 'ngejar', 'bacok', 'tusuk'],
  ...['serang', 'nyerang', 'amuk', 'ngamuk', 'keroyok', 'ngeroyok', 'gebuk', 'antem', 'ngantem'],
)})`;
/** "sekarang" also means "nowadays": a habit or past word in between ("sekarang sering dipukul") is not acute. */
const NOT_HABIT = '(?: (?!(?:sering|suka|selalu|kadang|jarang|pernah|sudah|tidak|belum)\\b)[a-z0-9]+){0,2}';
const RIGHT_NOW = `\\b(?:sekarang|saat ini|sedang|lagi|masih)\\b${NOT_HABIT}`;
const KILL = affixed('bunuh', 'pateni', 'mateni', 'paehan', 'habisi'); // pateni, mateni: jv; paehan: su
const UNDER_18 = '(?:[1-9]|1[0-7])';
const NOT_A_DATE = '(?! (?:yang lalu|lalu|silam|lebih)\\b)'; // "anak saya 2 tahun lalu ..." is a date, not an age
const AGE_WORD = words('umur', 'usia', 'berumur', 'berusia', 'umurnya', 'usianya');
const PERSON =
  '\\b(?:anak|korban|keponakan|adik|cucu|putri|putra|bocah|cewek|cewe|cowok|gadis|siswa|siswi|murid|dia|yang)(?:nya|ku)?';
/** Nouns a trafficked person is called by; pronouns are left out because "motor saya dijual" is a sale. */
const VICTIM =
  '\\b(?:anak|bayi|korban|keponakan|adik|cucu|putri|putra|gadis|cewek|cewe|istri|wanita|perempuan)(?:nya|ku)?';
const HIT = `(?:${PUKUL}|${affixed('hantam', 'gebuk', 'hajar')})`;
const BLADES_AND_GUNS = words(
  ...['pisau', 'golok', 'parang', 'celurit', 'clurit', 'calurit', 'arit', 'samurai', 'pedang', 'keris', 'tombak'],
  ...['linggis', 'cutter', 'kater', 'peso', 'bedog', 'senjata', 'sajam', 'senpi', 'pistol', 'senapan'], // peso, bedog: su
);
/** Stabbing words only with di-/me-: "kena tusuk paku", "tertusuk" are accidents. */
const STAB = words('ditusuk', 'menusuk', 'nusuk', 'tusukan');
const BLUNT = words('kayu', 'balok', 'besi', 'batu', 'palu', 'botol', 'helm', 'kursi', 'benda tumpul');
const ABROAD = words(
  ...['luar negeri', 'malaysia', 'arab', 'saudi', 'taiwan', 'hong kong', 'hongkong', 'singapura', 'kamboja', 'myanmar'],
  ...['tki', 'tkw', 'pmi'],
);
/** Acts of harm for "it is happening now" (no raging, chasing or locking in: those are asked about, not filed). */
const HARM_ACT = `(?:${PUKUL}|${affixed(
  ...['hajar', 'aniaya', 'siksa', 'nyiksa', 'tendang', 'nendang', 'tampar', 'nampar', 'cekik', 'nyekik', 'bunuh'],
  ...['perkosa', 'merkosa', 'cabul', 'bacok', 'tusuk', 'serang', 'nyerang', 'keroyok', 'ngeroyok', 'gebuk'],
  ...['antem', 'ngantem', 'jambak', 'injak', 'nginjak', 'sabet', 'cambuk', 'bekap', 'sundut', 'nyundut'],
)})`;
const EN_HARM_ING = words(
  ...['beating', 'hitting', 'punching', 'kicking', 'slapping', 'choking', 'strangling', 'stabbing', 'attacking'],
  ...['raping', 'molesting', 'hurting', 'assaulting', 'burning', 'whipping', 'torturing', 'killing'],
);
const EN_HARM_ED = words(
  ...['beaten', 'hit', 'punched', 'kicked', 'slapped', 'choked', 'strangled', 'stabbed', 'attacked', 'raped'],
  ...['molested', 'hurt', 'assaulted', 'burned', 'burnt', 'whipped', 'tortured', 'killed'],
);
const EN_WEAPONS = words(
  ...['knife', 'knives', 'machete', 'machetes', 'sickle', 'sword', 'blade', 'axe', 'gun', 'guns', 'pistol', 'rifle'],
  ...['firearm', 'weapon', 'weapons', 'scissors'],
);
const EN_PERSON = '(?:me|her|him|us|them|my|our|his|the|a|an)';
/** Whose home: a spouse, a parent, a step-parent, an in-law or a grown-up relative of the victim. */
const EN_FAMILY = words(
  ...['husband', 'wife', 'ex husband', 'ex wife', 'stepfather', 'stepmother', 'stepdad', 'stepmom', 'stepmum'],
  ...['father in law', 'mother in law', 'in laws', 'domestic violence', 'domestic abuse'],
  '(?:my|her|his|their|our) (?:father|mother|dad|mom|mum|parents|uncle|aunt|brother|sister|grandfather|grandmother|stepson|cousin)',
);
/** Violence that happens daily or nightly: the next time is hours away, whatever was answered about now. */
const DAILY = words(
  '(?:tiap|setiap|saben) (?:hari|malam|pagi|sore)', '(?:hampir|nyaris) (?:tiap|setiap) hari', // saben: jv
  'every (?:day|night|morning|evening)', 'daily', 'nightly', 'day after day', 'night after night', // en
);

/** The patterns of each signal; a signal is present when any pattern hits outside a negation. */
export const TRIAGE_LEXICON: Readonly<Record<TriageSignal, readonly RegExp[]>> = {
  danger_now: compile(
    '\\b(?<!(?:instalasi gawat|unit gawat|nomor|nomer|no|telepon|layanan|kontak) )darurat\\b',
    words('gawat(?! darurat)', 'sos', 'emergency', 'dalam bahaya', 'terancam bahaya'),
    `\\b(?:sekarang|saat ini|malam ini|nanti malam|detik ini)\\b${NOT_HABIT} ${VIOLENT_ACT}`,
    `\\b(?:sedang|lagi|masih) ${VIOLENT_ACT}`,
    `${RIGHT_NOW} ${words('tidak bisa keluar', 'terkunci', '(?:ber)?sembunyi', 'ngumpet')}`,
    near(
      RIGHT_NOW,
      `${words('bawa', 'membawa', 'pegang', 'memegang', 'acungkan', 'mengacungkan', 'ngacungin')} ${BLADES_AND_GUNS}`,
      2,
    ),
    words('tolong (?:saya |kami |aku |kak |pak |bu )?(?:cepat|segera)', '(?:cepat|segera) tolong', 'tolong tolong'),
    words('(?:cepat|segera|sekarang) (?:datang|ke sini|kesini)', '(?:datang|ke sini|kesini) (?:sekarang|cepat|segera)'),
    near('\\bmasih', '(?:di |dengan |bersama |sama |serumah )(?:rumah )?(?:dengan |sama )?pelaku', 2),
    '\\bpelaku(?:nya)? (?:masih|sedang|lagi) (?:ada )?di (?:rumah|sini|depan|luar|dalam)\\b',
    // en
    words('in danger', 'help (?:me |us )?(?:now|quickly|fast|please)', '(?:come|send (?:someone|help)) (?:now|quickly|fast)'),
    `\\b(?:am|m|is|s|are|re)(?: still)? ${EN_HARM_ING}`,
    `\\b(?:am|m|is|s|are|re) being ${EN_HARM_ED}`,
    `\\b(?:right now|now|currently|at the moment)\\b(?: [a-z]+){0,3} ${EN_HARM_ED}`,
    words('(?:still|now|currently) (?:locked|trapped) (?:in|inside|up)', '(?:m|am|re|are) hiding', 'hiding from (?:him|her|them)'),
    `\\b(?:is|s|are|re) (?:holding|carrying|waving|pointing)(?: ${EN_PERSON})? ${EN_WEAPONS}`,
  ),
  threat_to_life: compile(
    near(affixed('ancam'), KILL, 3),
    near(words('mau', 'akan', 'bakal', 'ingin', 'hendak', 'hampir', 'nyaris', 'takut', 'mencoba', 'coba', 'berusaha'), KILL, 2),
    '\\b(?:di|mem|pem)bunuh(?:an|nya)?\\b',
    words('(?:di|tak |ta )?pateni', 'mateni', '(?:di|ma)?paehan', 'maehan'),
    words('bunuh diri', 'ingin mati', 'mau mati', 'lebih baik mati', 'mending mati', 'mengakhiri hidup'),
    words('gantung diri', 'minum racun', 'sayat nadi'),
    affixed('cekik', 'nyekik', 'bekap'),
    words('nyawa(?:nya)?(?: [a-z]+){0,2} (?:terancam|dalam bahaya)', 'hampir mati', 'nyaris (?:mati|tewas)'),
    words('disiram bensin', 'mau dibakar', 'dibakar hidup hidup'),
    // en
    words('(?:threat|threats|threaten|threatens|threatened|threatening) to kill', 'death threats?'),
    words('(?:going to|gonna|wants? to|will|would|tried to|tries to|try to|trying to) (?:kill|murder)'),
    words('kill (?:me|her|him|us|you|them|my|our|his)', 'murder(?:ed|ing)?', 'strangl(?:e|ed|es|ing)', 'chok(?:e|ed|es|ing) (?:me|her|him|us|them)'),
    words('suicid(?:e|al)', 'want to die', 'wants to die', 'end my life', 'kill myself', 'set (?:me|her|him|us) on fire'),
  ),
  weapon: compile(
    BLADES_AND_GUNS,
    words('airsoft gun', 'air soft gun'),
    STAB,
    affixed('pentung', 'bacok', 'tembak', 'nembak'),
    near(HIT, BLUNT, 3),
    EN_WEAPONS, // en
    words('stab(?:bed|bing|s)?', 'shot', 'shoot(?:s|ing)?'), // en
  ),
  serious_injury: compile(
    words('berdarah', 'keluar darah', 'muntah darah', 'pendarahan', 'perdarahan', 'gegar otak', 'air keras'),
    words('pingsan', 'semaput', 'tidak sadarkan diri', 'sampai tidak sadar', 'hilang kesadaran', 'koma', 'kritis', 'kejang'), // semaput: jv
    words('luka luka', 'dijahit', 'jahitan', 'opname', 'diopname'),
    words('patah (?:tulang|tangan|kaki|hidung|gigi|rahang|rusuk|lengan|jari)', 'tulang(?:nya)? patah'),
    words('luka (?:parah|berat|serius|robek|sobek|dalam|tusuk|bacok|bakar)', '(?:di|ter)siram air panas'),
    near(words('dirawat', 'masuk', 'dilarikan', 'dibawa'), words('rumah sakit', 'igd', 'ugd', 'icu', 'puskesmas'), 2),
    // en
    words('bleeding', 'unconscious', 'passed out', 'fainted', 'concussion', 'fracture(?:d|s)?', 'stitches', 'acid'),
    words('broken (?:arm|leg|bone|bones|nose|rib|ribs|jaw|tooth|teeth|finger|hand|wrist)', 'hospitali[sz]ed', 'in hospital'),
    words('(?:badly|seriously|severely) (?:hurt|injured|wounded|burned|burnt)', 'serious injur(?:y|ies)'),
  ),
  child: compile(
    '\\banak(?:ku|mu|nya|e|ne)?\\b(?! (?:buah|kos|kost|perusahaan|tangga|sungai|muda)\\b)',
    words('bocah', 'bocil', 'bayi', 'balita', 'batita', 'abg'),
    words('murid', 'siswa', 'siswi', 'pelajar', 'santri', 'santriwati'),
    words('sd', 'smp', 'sma', 'smk', 'mts', 'paud', 'tk', 'kelas (?:[1-9]|1[0-2])', '(?:putri|putra) (?:saya|kami|aku)'),
    `${AGE_WORD}(?: (?:baru|masih|sekitar|kira kira|kurang lebih))? ${UNDER_18}\\b`,
    near(PERSON, `${UNDER_18} (?:tahun|bulan)\\b${NOT_A_DATE}`, 3),
    // en
    words('child', 'children', 'kids?', 'baby', 'babies', 'toddler', 'infant', 'daughter', 'son', 'minor', 'schoolgirl', 'schoolboy'),
    words('(?:little|young) (?:girl|boy)', 'pupil', 'student', 'grade [1-9]'),
    `\\b${UNDER_18} (?:years?|yrs?|months?) old\\b`,
    `\\b(?:${UNDER_18} yo|aged ${UNDER_18})\\b`,
  ),
  sexual: compile(
    affixed('perkosa', 'merkosa', 'rudapaksa', 'cabul', 'leceh', 'setubuh', 'nyetubuh', 'sodomi', 'gauli'),
    affixed('gerayang', 'grayang', 'grepe'),
    words('dihamili', 'menghamili', 'ditiduri', 'meniduri', 'kekerasan seksual', 'inses', 'incest', 'hubungan sedarah'),
    words('grooming', 'sextortion', 'vcs', 'video call sex'),
    affixed('raba', 'entot', 'ngentot'), // entot: vulgar slang, kept because children report in the words they have
    words('kemaluan', 'alat kelamin', 'kelamin', 'alat vital', 'payudara', 'vagina', 'penis'),
    words('bugil', 'telanjang', 'tanpa busana', 'porno', 'pornografi', 'bagian (?:intim|sensitif|pribadi)'),
    near(affixed('pegang', 'megang', 'remas', 'ngeremas'), words('dada', 'pantat', 'bokong', 'paha'), 2),
    near(
      words('dipaksa', 'paksa', 'memaksa', 'maksa'),
      words('berhubungan', 'hubungan (?:badan|intim|seks|suami istri)', 'melayani (?:suami|nafsu|hasrat)'),
      3,
    ),
    near(
      words('dipaksa', 'paksa', 'memaksa', 'maksa'),
      words('tidur (?:dengan|bersama|sama)', 'begituan', 'bersetubuh', 'mencium', 'cium', 'dicium'),
      3,
    ),
    // A pregnancy is sexual violence only when the text names a perpetrator; a child's pregnancy alone is not caught.
    near(words('hamil'), words('pelaku(?:nya)?'), 3),
    words('dicium (?:secara )?paksa', 'diintip (?:saat |waktu |ketika |pas )?mandi'),
    // Touching again and again ("dipegang-pegang", "dicolek-colek") is groping, not a blow.
    `\\b${PREFIX}(?:pegang|megang|colek|nyolek|raba|grepe)${SUFFIX} ${PREFIX}(?:pegang|megang|colek|nyolek|raba|grepe)${SUFFIX}\\b`,
    // en
    words('rap(?:e|ed|es|ing|ist)', 'molest(?:ed|s|ing|ation|er)?', 'grop(?:e|ed|es|ing)', 'incest', 'sexting'),
    words('sexual(?:ly)? (?:abuse|abused|assault|assaulted|harassment|harassed|violence|exploitation)', 'sexual(?:ly)? abus(?:e|ed|ing)'),
    words('private parts', 'genitals?', 'breasts?', 'naked', 'nude', 'nudes', 'porn', 'pornography'),
    near(words('touch(?:ed|es|ing)?', 'fondl(?:e|ed|es|ing)'), words('private', 'breasts?', 'chest', 'bottom', 'butt', 'genitals?', 'crotch', 'thighs?'), 3),
    words('forced (?:me|her|him|them|us) (?:to have|into) sex', 'forced (?:to have|into) sex', 'sex with (?:me|her|him|a child|my)'),
  ),
  trafficking: compile(
    words('(?:di|mem)?perdagangkan', 'perdagangan (?:orang|manusia|anak|perempuan|bayi)'),
    words('tppo', 'trafficking', 'human trafficking'),
    words('(?:jual beli|menjual|jual) (?:[a-z]+ )?(?:anak|bayi|orang|manusia|perempuan|gadis|istri|wanita)'),
    near(VICTIM, '\\bdijual\\b', 3),
    near(words('calo', 'sponsor'), ABROAD, 8),
    near(ABROAD, `(?<!\\b(?:bukan|tanpa|tidak) )${words('calo', 'sponsor')}`, 8), // "lewat PT resmi, bukan calo"
    near(
      words('pmi', 'tki', 'tkw', 'pekerja migran'),
      words('ilegal', 'non prosedural', 'nonprosedural', 'unprosedural', 'tidak resmi', 'tidak prosedural'),
      2,
    ),
    near(words('paspor(?:nya)?', 'dokumen(?:nya)?'), words('ditahan', 'disita', 'diambil', 'dipegang'), 3),
    near(words('disekap'), words('dipekerjakan', 'dipaksa (?:kerja|bekerja)'), 8),
    near(words('dipekerjakan', 'dipaksa (?:kerja|bekerja)'), words('disekap'), 8),
    near(words('(?:dijanjikan|ditawari|ditawarkan|diiming iming) (?:kerja|pekerjaan|gaji)'), words('ternyata', 'malah', 'justru'), 12),
    // en
    words('trafficked', 'sold (?:her|him|me|them)', 'sold (?:my|his|her|their|our|a|the) (?:daughter|son|child|girl|boy|wife|baby|sister|niece)'),
    words('passports? (?:was |were |is )?(?:taken|held|kept|confiscated)'),
  ),
  exploitation: compile(
    affixed('eksploitasi', 'lacur', 'perbudak'),
    words('pekerja anak', 'open ?bo', 'prostitusi', 'pelacuran', 'mucikari', 'germo', 'pekerja seks', 'psk'),
    near(
      words('dipaksa', 'disuruh', 'dijadikan', 'menjadi', 'jadi'),
      words(
        ...['mengemis', 'ngemis', 'pengemis', 'mengamen', 'ngamen', 'pengamen', 'psk', 'pelacur', 'jual diri', 'menjual diri'],
        ...['pekerja seks', 'budak', 'melayani tamu', 'menemani tamu', 'nemenin tamu'],
      ),
      2,
    ),
    words('dipaksa (?:kerja|bekerja)'),
    words('tidak (?:pernah )?digaji', 'tidak (?:di)?(?:kasih|beri) gaji'),
    words('gaji(?:nya)? (?:tidak|belum) (?:pernah )?dibayar'),
    // en
    words('forced (?:to|into) (?:work|beg|begging|labou?r|prostitution)', 'made to (?:work|beg)', 'child labou?r'),
    words('(?:never|not) (?:been )?paid', 'unpaid (?:wages|work)', 'sex work'),
  ),
  domestic: compile(
    words('rumah tangga', 'suami(?:ku|nya)?', 'istri(?:ku|nya)?', 'isteri(?:ku|nya)?', 'bini'),
    words('mertua(?:ku|nya)?', 'ipar(?:ku|nya)?'),
    words('bojo(?:ku|ne|mu)?'), // jv: spouse
    words('salaki', 'pamajikan'), // su: husband, wife
    words('(?:ayah|bapak|papa|papi|abah|ibu|mama|mamah|mami|emak|bunda|kakak|adik|kakek|paman|saudara) (?:tiri|kandung)'),
    words('(?:ayah|bapak|papa|papah|abah|ibu|mama|mamah|emak)(?:nya|ku)'),
    words('(?:ayah|bapak|papa|abah|mama|emak) (?:saya|aku|sendiri)'),
    words('orang tua(?:nya|ku)?(?: (?:saya|sendiri|kandung))?'),
    EN_FAMILY, // en
  ),
  physical: compile(
    PUKUL,
    affixed('hajar', 'aniaya', 'siksa', 'nyiksa', 'tendang', 'nendang', 'tampar', 'nampar', 'jambak', 'cekik', 'nyekik'),
    affixed('tonjok', 'nonjok', 'tinju', 'jotos', 'gampar', 'tempeleng', 'tabok', 'nabok', 'jewer', 'cubit', 'nyubit'),
    affixed('injak', 'nginjak', 'sabet', 'cambuk', 'pecut', 'keroyok', 'ngeroyok', 'gebuk', 'sundut', 'nyundut'),
    affixed('bacok', 'lempar'),
    STAB,
    affixed('antem', 'ngantem', 'keplak', 'jiwit'), // jv: punch, slap on the head, pinch
    affixed('teunggeul', 'neunggeul', 'tajong', 'najong', 'tampiling', 'nampiling'), // su: hit, kick, slap
    words('dibanting', 'memar', 'lebam', 'babak belur', 'benjol'),
    words('ringan tangan', 'main tangan', 'main fisik', 'kekerasan fisik'),
    `${affixed('luka')}(?! (?:hati|batin|perasaan)\\b)`,
    // A bare "kekerasan" is what most reporters mean by physical violence; the other named kinds are not.
    '\\bkekerasan\\b(?! (?:seksual|psikis|verbal|mental|emosional|ekonomi|berbasis)\\b)',
    // en
    words('beat(?:s|en|ing)?', 'hit(?:s|ting)?', 'punch(?:ed|es|ing)?', 'kick(?:ed|s|ing)?(?! (?:me |her |him |us |them )?out)'),
    words('slap(?:s|ped|ping)?', 'whip(?:s|ped|ping)?', 'bruis(?:e|es|ed|ing)', 'tortur(?:e|ed|es|ing)', 'black eye'),
    words('physical(?:ly)? (?:abuse|abused|assault|assaulted|violence|hurt)', 'attack(?:ed|s|ing)?', 'assault(?:ed|s|ing)?'),
    // A bare "abuse" is what most reporters mean by being hurt; the other named kinds are not.
    '(?<!\\b(?:verbal|verbally|emotional|emotionally|sexual|sexually|psychological|psychologically|financial) )\\babus(?:e|ed|es|ing|ive)\\b',
  ),
  psychic: compile(
    affixed('ancam', 'hina', 'maki', 'bentak', 'intimidasi', 'teror', 'neror'),
    affixed('usir', 'ngusir', 'kekang', 'kuntit'),
    affixed('rendahkan', 'permalukan', 'katain', 'katai', 'amuk', 'ngamuk'),
    words('diteriaki', 'meneriaki', 'neriakin'),
    words('diseneni', 'disrengeni', 'dipisuhi', 'misuhi'), // jv: scolded, sworn at
    words('dicarekan'), // su: scolded
    words('kekerasan (?:psikis|verbal|mental|emosional)'),
    words('(?:mem|nge)?banting (?:barang|pintu|piring|hp|gelas)', '(?:di|nye|meny)?sebar(?:kan)? (?:foto|video)'),
    near(words('mau', 'akan', 'bakal'), KILL, 2), // a threat to kill is psychic violence even when no one was hurt
    // en
    words('threat(?:en|ens|ened|ening)?', 'insult(?:s|ed|ing)?', 'humiliat(?:e|ed|es|ing)', 'yell(?:s|ed|ing)? at'),
    words('shout(?:s|ed|ing)? at', 'scream(?:s|ed|ing)? at', 'stalk(?:s|ed|ing)?', 'intimidat(?:e|ed|es|ing)'),
    words('(?:verbal|verbally|emotional|emotionally|psychological|psychologically) (?:abuse|abused|abusive)', 'kick(?:ed|s)? (?:me |her |him |us |them )?out'),
  ),
  confinement: compile(
    affixed('kurung', 'ngurung', 'sekap', 'nyekap'),
    words('dilarang keluar', 'tidak (?:boleh|diizinkan) keluar'),
    near(words('dikunci', 'mengunci', 'ngunciin', 'terkunci'), words('kamar', 'rumah', 'gudang', 'dalam'), 3),
    // en
    words('lock(?:s|ed)? (?:in|up|inside)', 'lock(?:s|ed)? (?:me|her|him|us|them) (?:in|up|inside)', 'locked in', 'confined'),
    words('(?:not|never) allowed (?:to )?(?:leave|go out|go outside|out)', 'held captive', 'kept (?:inside|captive|locked)'),
  ),
  neglect: compile(
    affixed('telantar', 'terlantar', 'nelantar'),
    words('tidak (?:pernah )?(?:diberi|dikasih|dikasi|diberikan) (?:makan|nafkah|uang)'),
    words('tidak (?:pernah )?(?:di|me)?nafkahi', 'tidak (?:pernah )?(?:memberi|kasih|ngasih|memberikan) nafkah'),
    words('tidak (?:di)?sekolah(?:kan|in)', 'tidak (?:diurus|dipedulikan)'),
    words('dibiarkan (?:sendiri|sendirian|kelaparan|sakit|kedinginan)'),
    words('ditinggal(?:kan)? (?:sendiri|sendirian|pergi|begitu saja)'),
    words('kelaparan', 'gizi buruk', 'kurang gizi'),
    near(words('bayi(?:nya)?', 'balita(?:nya)?', 'anak(?:nya)?'), words('dibuang'), 2),
    // en
    words('(?:not|never|isn t|aren t|wasn t|weren t) (?:being )?fed', 'no food', 'without food', 'starv(?:e|ed|es|ing)'),
    words('(?:don t|doesn t|didn t|do not|does not|did not|never) (?:give (?:her|him|them|me|us) )?(?:feed|food)'),
    words('abandon(?:ed|s|ing)?', 'neglect(?:ed|s|ing)?', 'left (?:alone|behind)', 'malnourish(?:ed|ment)'),
  ),
  recurring: compile(DAILY),
  bullying: compile(
    affixed('bully', 'buly', 'buli', 'bulli', 'rundung', 'ejek', 'ngejek', 'olok', 'kucil', 'ucil'),
    affixed('palak', 'malak', 'risak', 'ledek', 'poyok'), // poyok: jv/su, mock
    words('bullying', 'cyberbully(?:ing)?', 'dijauhi', 'diasingkan'),
    words('bull(?:y|ied|ies)', 'mock(?:s|ed|ing)', 'teas(?:e|ed|es|ing)', 'picked on'), // en
  ),
};

/**
 * Harm said to be happening as the reporter writes ("dia sedang memukul saya", "he is beating me"): enough
 * to file an emergency at once, without asking first. Narrow on purpose: "sekarang" also means "nowadays",
 * and raging, chasing or locking in are asked about rather than filed.
 */
export const HARM_HAPPENING_NOW: readonly RegExp[] = compile(
  `\\b(?:sedang|lagi) ${HARM_ACT}`,
  `\\b(?:am|m|is|s|are|re)(?: still)? ${EN_HARM_ING} ${EN_PERSON}\\b`,
  `\\b(?:am|m|is|s|are|re) being ${EN_HARM_ED}`,
);

/** Words that make sexual violence ongoing rather than past: then it is asked about like a danger. */
export const STILL_HAPPENING: readonly RegExp[] = compile(
  words('masih', 'sedang', 'lagi', 'terus', 'terus menerus', 'sering', 'still', 'keeps?', 'again', 'often'),
  DAILY,
);
