import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '#shared/errors.js';
import { ReportSubmission } from '#shared/intake/report-submission.js';
import { parseOrThrow, RULE_TEXTS } from '#shared/validation.js';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  try {
    parseOrThrow(schema, input);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.details ?? [];
  }
  throw new Error('expected a validation failure');
};

describe('parseOrThrow', () => {
  it('explains zod rule failures in Indonesian and English when a field is wrong', () => {
    // Act
    const [issue] = issuesOf(z.object({ age: z.number() }), { age: 'tiga' });

    // Assess
    expect(issue?.field).toBe('age');
    expect(issue?.message?.en).toMatch(/expected number, received string/);
    expect(issue?.message?.id).toMatch(/diharapkan number, diterima string/);
  });

  it('uses our own bilingual rule text when the schema names one', () => {
    // Act
    const issues = issuesOf(ReportSubmission, {
      channel: 'web',
      channelRef: 'x',
      service: 'konsultasi',
      narrative: 'tanya',
      victim: {},
      reporter: { anonymous: false, phone: '12345' },
      consent: { dataProcessing: true },
    });

    // Assess
    expect(issues).toEqual([{ field: 'reporter.phone', issue: RULE_TEXTS.phone.en, message: RULE_TEXTS.phone }]);
  });

  it('never echoes the submitted value when it rejects it', () => {
    // Act
    const issues = issuesOf(ReportSubmission, { channel: 'web', service: 'Siti Rahayu 081234567890' });

    // Assess
    expect(JSON.stringify(issues)).not.toContain('Siti');
    expect(JSON.stringify(issues)).not.toContain('081234567890');
  });
});
