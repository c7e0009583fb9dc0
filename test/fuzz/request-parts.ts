/** The parts of a hostile HTTP request: bodies (JSON, forms, bytes), content types, path segments, queries, headers. */
import * as fc from 'fast-check';
import { anyString, deepNesting, hugeString, hugeStringUpTo } from './hostile-values.js';
import { mutatedJson } from './json-mutations.js';

export interface BodyPart {
  readonly body: Buffer;
  /** Undefined: no content-type header at all. */
  readonly contentType: string | undefined;
  /** What was done to it, for failure messages and tallies. */
  readonly note: string;
}

const part = (body: string | Buffer, contentType: string | undefined, note: string): BodyPart => ({
  body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
  contentType,
  note,
});

/** Header values Node can send: tab, printable ASCII and Latin-1. */
const headerChar = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
  { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) },
  { weight: 1, arbitrary: fc.constant(0x09) },
).map((code) => String.fromCharCode(code));
export const headerValue = fc.string({ unit: headerChar, maxLength: 300 });

export const WRONG_CONTENT_TYPES = [
  undefined,
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'application/json',
  'multipart/form-data; boundary=----x',
  'application/octet-stream',
  'application/json; charset=iso-8859-1',
  'APPLICATION/JSON',
  'application/jsonx',
  'application/*',
  '*/*',
  ';;;',
  '',
] as const;

const contentTypeNoise: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WRONG_CONTENT_TYPES) },
  { weight: 1, arbitrary: headerValue },
);

/** Byte sequences that are not UTF-8: a stray continuation, overlong, a surrogate, a truncated sequence. */
const INVALID_UTF8 = [[0x80], [0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80]];

function withInvalidUtf8(text: string): fc.Arbitrary<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  return fc
    .tuple(fc.nat({ max: bytes.length }), fc.constantFrom(...INVALID_UTF8))
    .map(([at, bad]) => Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]));
}

const brokenText = fc.constantFrom('', ' ', '{', '}', '[', 'null', '"x"', '1e999', '-', 'NaN', '\u0000', '{"a":1,}', '{"a" 1}', "{'a':1}", '\uFEFF{}');

/** A JSON body: mostly `valid` mutated field by field, else every other kind of wrong. */
export function jsonBodies(valid: unknown, contentType = 'application/json'): fc.Arbitrary<BodyPart> {
  const validText = JSON.stringify(valid);
  return fc.oneof(
    { weight: 12, arbitrary: mutatedJson(valid).map((text) => part(text, contentType, 'mutated JSON')) },
    { weight: 2, arbitrary: fc.constant(part(validText, contentType, 'valid JSON')) },
    { weight: 2, arbitrary: fc.jsonValue().map((value) => part(JSON.stringify(value) ?? '', contentType, 'random JSON')) },
    { weight: 2, arbitrary: contentTypeNoise.map((type) => part(validText, type, `content type ${String(type)}`)) },
    { weight: 2, arbitrary: withInvalidUtf8(validText).map((bytes) => part(bytes, contentType, 'invalid UTF-8')) },
    { weight: 1, arbitrary: brokenText.map((text) => part(text, contentType, 'broken JSON')) },
    { weight: 1, arbitrary: deepNesting.map((raw) => part(raw.text, contentType, 'deep nesting')) },
    { weight: 1, arbitrary: hugeString.map((text) => part(JSON.stringify(text), contentType, 'huge string body')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((bytes) => part(Buffer.from(bytes), contentType, 'random bytes')) },
  );
}

const FORM = 'application/x-www-form-urlencoded';

/** Percent-encoding triples a value: at most 2 MB, so the function and not API Gateway's 10 MB limit answers. */
const hugeFormValue = hugeStringUpTo(2 * 1024 * 1024);

type FormMutation =
  | { readonly op: 'set'; readonly name: string; readonly value: string }
  | { readonly op: 'delete'; readonly name: string }
  | { readonly op: 'repeat'; readonly name: string; readonly value: string }
  | { readonly op: 'add'; readonly name: string; readonly value: string };

function mutatedForm(valid: Readonly<Record<string, string>>): fc.Arbitrary<string> {
  const name = fc.constantFrom(...Object.keys(valid));
  const value = fc.oneof({ weight: 30, arbitrary: anyString }, { weight: 1, arbitrary: hugeFormValue });
  const mutation: fc.Arbitrary<FormMutation> = fc.oneof(
    fc.record({ op: fc.constant('set' as const), name, value }),
    fc.record({ op: fc.constant('delete' as const), name }),
    fc.record({ op: fc.constant('repeat' as const), name, value }),
    fc.record({ op: fc.constant('add' as const), name: anyString, value }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
    const form = new URLSearchParams(valid);
    for (const m of mutations) {
      if (m.op === 'set') form.set(m.name, m.value);
      else if (m.op === 'delete') form.delete(m.name);
      else form.append(m.name, m.value);
    }
    return form.toString();
  });
}

const brokenForm = fc.constantFrom('%', '%ZZ=1', 'a=%E0%A4%A', '&&=&=', '=', 'narrative=%FF%FE%00', '\u0000=\u0000', 'a'.repeat(5000));

/** An urlencoded body: `valid` mutated field by field, else malformed encodings, bytes and wrong types. */
export function formBodies(valid: Readonly<Record<string, string>>): fc.Arbitrary<BodyPart> {
  const validText = new URLSearchParams(valid).toString();
  return fc.oneof(
    { weight: 12, arbitrary: mutatedForm(valid).map((text) => part(text, FORM, 'mutated form')) },
    { weight: 2, arbitrary: fc.constant(part(validText, FORM, 'valid form')) },
    { weight: 2, arbitrary: contentTypeNoise.map((type) => part(validText, type, `content type ${String(type)}`)) },
    { weight: 2, arbitrary: withInvalidUtf8(validText).map((bytes) => part(bytes, FORM, 'invalid UTF-8')) },
    { weight: 1, arbitrary: brokenForm.map((text) => part(text, FORM, 'malformed form')) },
    { weight: 1, arbitrary: hugeFormValue.map((text) => part(`narrative=${encodeURIComponent(text)}`, FORM, 'huge form')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map((bytes) => part(Buffer.from(bytes), FORM, 'random bytes')) },
  );
}

/** Percent-encodes every byte but the unreserved ones (lone surrogates become U+FFFD, as a browser sends them). */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => (/[A-Za-z0-9_~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

/** A path segment for a `{param}`: mostly one of `valid`, else anything (never empty or a dot segment). */
export function segment(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: anyString.map(percentEncode) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%00', 'x'.repeat(300), valid[0]?.toUpperCase() ?? 'X', `${valid[0] ?? ''}%20`) },
  ).filter((s) => s !== '' && !/^(%2E){1,2}$/i.test(s));
}

/** A query string (with its `?`), or none. */
export const queryString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.constantFrom('?lang=en', '?lang=id', '?lang=', '?lang=en&lang=id', '?lang[]=en') },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(anyString, anyString), { maxLength: 4 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')}`),
  },
  { weight: 1, arbitrary: fc.constantFrom('?%', '?%ZZ', '?=&=', '?a=%E0%A4%A', `?q=${'x'.repeat(4000)}`) },
);

/** Extra headers a client may send: languages, forwarded-for lies, cookies, junk. */
export const headerNoise: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({}) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        'accept-language': headerValue,
        'x-forwarded-for': fc.constantFrom('1.2.3.4', '::1, 10.0.0.1', 'garbage'),
        cookie: headerValue,
        'user-agent': headerValue,
        accept: fc.constantFrom('application/json', 'text/html', '*/*', ''),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.stringMatching(/^x-[a-z0-9-]{1,20}$/), headerValue, { maxKeys: 5 }),
  },
);
