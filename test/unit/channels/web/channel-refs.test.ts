import { describe, expect, it } from 'vitest';
import { apiChannelRef, formChannelRef, pressChannelRef } from '#shared/channels/web/channel-refs.js';
import { InvalidInputError } from '#shared/errors.js';
import { RULE_TEXTS } from '#shared/validation.js';

const newId = () => '01JNEWID0000000000000000000';

function thrownBy(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('formChannelRef', () => {
  it('prefixes the submission id so it never shares a slot with an API key', () => {
    // Act
    const refs = [formChannelRef('01JFORM'), formChannelRef(' 01JFORM '), formChannelRef('api:K')];

    // Assess
    expect(refs).toEqual(['form:01JFORM', 'form:01JFORM', 'form:api:K']);
  });

  it.each([null, '', '   '])('leaves a missing submission id (%j) empty for the submission schema to name', (id) => {
    // Act
    const ref = formChannelRef(id);

    // Assess
    expect(ref).toBe('');
  });
});

describe('pressChannelRef', () => {
  it('prefixes the one-press page id so that a form or API report can never answer for it', () => {
    // Act
    const refs = [pressChannelRef('01JPRESS'), formChannelRef('01JPRESS'), pressChannelRef('  '), pressChannelRef(null)];

    // Assess
    expect(refs).toEqual(['press:01JPRESS', 'form:01JPRESS', '', '']);
  });
});

describe('apiChannelRef', () => {
  it('prefixes the Idempotency-Key, or a fresh id without one', () => {
    // Act
    const keyed = apiChannelRef('K', newId);
    const unkeyed = apiChannelRef(undefined, newId);

    // Assess
    expect(keyed).toBe('api:K');
    expect(unkeyed).toBe(`api:${newId()}`);
  });

  it('accepts a key of 196 characters, which with its prefix is the longest channel reference', () => {
    // Act
    const ref = apiChannelRef('k'.repeat(196), newId);

    // Assess
    expect(ref).toHaveLength(200);
  });

  it.each(['', 'k'.repeat(197), 'with space', 'kunci-ñ'])('refuses the key %j on the Idempotency-Key field', (key) => {
    // Act
    const error = thrownBy(() => apiChannelRef(key, newId));

    // Assess
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details).toEqual([
      expect.objectContaining({ field: 'Idempotency-Key', issue: RULE_TEXTS.channelKey.en }),
    ]);
  });
});
