/** Valid JSON payloads mutated field by field: set a hostile value, delete, add a stray key, several at once. */
import * as fc from 'fast-check';
import { anyString, hostileValue, RawJson } from './hostile-values.js';

type Path = readonly (string | number)[];

/** Every node of a JSON value (the root too), so a mutation can hit a leaf, an object or a whole array. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const here: Path[] = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  }
  return here;
}

export type Mutation =
  | { readonly op: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: Path }
  | { readonly op: 'add'; readonly path: Path; readonly key: string; readonly value: unknown };

/**
 * A deep copy that keeps RawJson pieces as they are (structuredClone makes them plain `{ text }` objects, which
 * would then be sent as such). Mutation values are copied too: fast-check may hand the same `[]` or `{}` again.
 */
function copyJson(value: unknown): unknown {
  if (value instanceof RawJson) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  // fromEntries: an own `__proto__` key stays an own key.
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyJson(item)]));
  return value;
}

/** Applies one mutation to `root` in place; returns the root (a new one when the mutation replaced it). */
function apply(root: unknown, mutation: Mutation): unknown {
  if (mutation.path.length === 0 && mutation.op !== 'add') return mutation.op === 'set' ? copyJson(mutation.value) : undefined;
  const parentPath = mutation.op === 'add' ? mutation.path : mutation.path.slice(0, -1);
  const parent = parentPath.reduce<any>((node, key) => node?.[key], root);
  // A RawJson is a leaf: its text is sent verbatim, nothing inside it can be reached.
  if (parent === null || typeof parent !== 'object' || parent instanceof RawJson) return root;
  if (mutation.op === 'add') {
    const value = copyJson(mutation.value);
    // defineProperty: `__proto__` must become an own key, as JSON.parse makes it on the server.
    if (!Array.isArray(parent)) Object.defineProperty(parent, mutation.key, { value, enumerable: true, writable: true, configurable: true });
    else parent.push(value);
    return root;
  }
  const key = mutation.path.at(-1) as string | number;
  if (mutation.op === 'set') parent[key] = copyJson(mutation.value);
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return root;
}

/** `valid` with the mutations applied in order, on one copy (`valid` itself is left as it was). */
export function applyMutations(valid: unknown, mutations: readonly Mutation[]): unknown {
  return mutations.reduce<unknown>((value, m) => apply(value, m), copyJson(valid));
}

function mutation(paths: readonly Path[]): fc.Arbitrary<Mutation> {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), path, value: hostileValue }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path }) },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('add' as const),
        path,
        key: fc.oneof(anyString, fc.constantFrom('__proto__', 'constructor', 'channel', 'channelRef', 'tenant', 'urgency')),
        value: hostileValue,
      }),
    },
  );
}

/** One to four mutations of `valid`, as JSON text. */
export function mutatedJson(valid: unknown): fc.Arbitrary<string> {
  const paths = pathsOf(valid);
  return fc
    .array(mutation(paths), { minLength: 1, maxLength: 4 })
    .map((mutations) => toJsonText(applyMutations(valid, mutations)));
}

/** JSON text of a value that may hold RawJson pieces (spliced in verbatim). */
export function toJsonText(value: unknown): string {
  const raw: string[] = [];
  const text = JSON.stringify(value, (_key, item) => {
    if (!(item instanceof RawJson)) return item;
    raw.push(item.text);
    return `\u0000raw${raw.length - 1}\u0000`;
  });
  if (text === undefined) return '';
  return raw.reduce((out, piece, i) => out.replace(`"\\u0000raw${i}\\u0000"`, () => piece), text);
}
