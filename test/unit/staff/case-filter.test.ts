import { describe, expect, it } from 'vitest';
import { CaseListQuery } from '#shared/staff/case-filter.js';

const issuePaths = (query: Record<string, string>) =>
  CaseListQuery.safeParse(query).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('CaseListQuery', () => {
  it('refuses dates no regency can have cases on, which would otherwise fail to convert to an instant', () => {
    // Assess
    expect(issuePaths({ to: '0999-01-01' })).toEqual(['to']);
    expect(issuePaths({ from: '9999-12-31' })).toEqual(['from']);
    expect(issuePaths({ from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
  });
});
