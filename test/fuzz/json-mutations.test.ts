import { describe, expect, it } from 'vitest';
import { RawJson } from './hostile-values.js';
import { applyMutations, toJsonText } from './json-mutations.js';

describe('applyMutations', () => {
  it('keeps a raw JSON piece verbatim when a later mutation changes another field', () => {
    // Prepare
    const valid = { a: 1, b: { c: 2 } };
    const deep = new RawJson('[[[1]]]');

    // Act
    const mutated = applyMutations(valid, [
      { op: 'set', path: ['a'], value: deep },
      { op: 'set', path: ['b', 'c'], value: 'x' },
    ]);

    // Assess
    expect(toJsonText(mutated)).toBe('{"a":[[[1]]],"b":{"c":"x"}}');
  });

  it('leaves the valid payload and the generated values as they were when mutations nest into each other', () => {
    // Prepare
    const valid = { a: { b: 1 } };
    const empty = {};

    // Act
    const mutated = applyMutations(valid, [
      { op: 'set', path: ['a'], value: empty },
      { op: 'add', path: ['a'], key: '__proto__', value: 'x' },
    ]);

    // Assess
    expect(toJsonText(mutated)).toBe('{"a":{"__proto__":"x"}}');
    expect(valid).toEqual({ a: { b: 1 } });
    expect(empty).toEqual({});
  });
});
