/**
 * Values nobody should send and somebody will: wrong types, edge numbers, control and bidi characters, lone
 * surrogates, injection strings, huge strings on either side of the body limits, and deep nesting.
 */
import * as fc from 'fast-check';

/** JSON text to splice in as it is (deep nesting cannot go through JSON.stringify without a stack overflow). */
export class RawJson {
  constructor(readonly text: string) {}
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const trickyStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\u202Etxt.exe',
  '\r\n\r\n',
  'ya',
  'tidak',
  'true',
  'null',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  // Template injection, spelled so that no linter takes it for a template literal.
  ['{{7*7}}', '$', '{7*7}'].join(''),
  "' OR '1'='1' --",
  '../../../../etc/passwd',
  '%00%ff%zz',
  'BLR-2026-00001',
  'ABCD-EFGH-JKMN',
  '+6281234567890',
  '0812-3456-7890',
  '9'.repeat(16),
  'Kec. Cepu',
  'CEPU',
  '1970-01-01',
  '2026-02-30',
  '9999-99-99',
);

/** Any string a client might type or forge, up to a few hundred characters. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: trickyStrings },
  { weight: 1, arbitrary: fc.array(fc.oneof(loneSurrogate, fc.string({ maxLength: 3 })), { maxLength: 10 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 200, maxLength: 600 }) },
);

/** Sizes either side of the 64 KB and 1 MB body limits (and the WhatsApp webhook's 3 MB). */
export const HUGE_SIZES = [40_000, 64 * 1024 - 200, 64 * 1024 + 1, 300_000, 1024 * 1024 - 2_000, 1024 * 1024 + 1, 3 * 1024 * 1024 + 1];

/** A string of one of HUGE_SIZES in UTF-8 bytes, at most `maxBytes` (a form triples it when percent-encoding). */
export function hugeStringUpTo(maxBytes: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...HUGE_SIZES.filter((size) => size <= maxBytes)), fc.constantFrom('x', 'é', '😀', 'kekerasan ', '\\"'))
    .map(([size, unit]) => unit.repeat(Math.max(1, Math.floor(size / Buffer.byteLength(unit)))));
}

/** Within API Gateway's 10 MB even when JSON escaping doubles it, so the function, not the gateway, answers. */
export const hugeString: fc.Arbitrary<string> = hugeStringUpTo(3 * 1024 * 1024 + 1);

/** `[[[…]]]` or `{"a":{"a":…}}`, balanced or not, up to 100 000 levels. */
export const deepNesting: fc.Arbitrary<RawJson> = fc
  .tuple(fc.constantFrom(64, 1_000, 10_000, 100_000), fc.constantFrom('array', 'object'), fc.boolean())
  .map(([depth, kind, balanced]) => {
    const open = kind === 'array' ? '[' : '{"a":';
    const close = kind === 'array' ? ']' : '}';
    return new RawJson(`${open.repeat(depth)}1${balanced ? close.repeat(depth) : close.repeat(depth - 1)}`);
  });

/** What a field may be replaced with; huge and deep values are rare (they are slow to send, not to find). */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 24, arbitrary: anyString },
  {
    weight: 8,
    arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, -0, 2 ** 53, 1e308, -1e308, [], {}, [null], { '': '' }),
  },
  { weight: 4, arbitrary: fc.double().map((n) => (Number.isFinite(n) ? n : 0)) },
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.dictionary(anyString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deepNesting },
);
