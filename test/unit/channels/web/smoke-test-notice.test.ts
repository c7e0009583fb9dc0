import { describe, expect, it } from 'vitest';
import { loadTenantsConfig } from '#local/runtime.js';
import { renderConfirmation } from '#shared/channels/web/confirmation-page.js';
import { SMOKE_TEST_NOTICE_ID } from '#shared/channels/web/page-layout.js';
import { renderReportForm } from '#shared/channels/web/report-form-page.js';
import { renderStatusForm } from '#shared/channels/web/status-pages.js';
import type { Tenant } from '#shared/tenancy/tenant.js';

const { tenants } = loadTenantsConfig();
const testRegencies = tenants.filter((tenant) => tenant.smokeTest);
const realRegencies = tenants.filter((tenant) => !tenant.smokeTest);

const pagesOf = (tenant: Tenant) => [
  renderReportForm({ tenant, lang: 'id', submissionId: 'sub-1' }),
  renderReportForm({ tenant, lang: 'en', submissionId: 'sub-1' }),
  renderStatusForm({ tenant, lang: 'id' }),
  renderConfirmation({
    tenant,
    lang: 'id',
    receipt: { reference: `${tenant.referencePrefix}-2026-00001`, trackingCode: 'K7QP-M2XD', status: 'diterima', urgency: 'NORMAL', dueAt: '2026-11-24T02:14:00.000Z' },
  }),
];

describe('the smoke-test regency', () => {
  it('is one regency of config/tenants.json with a reference prefix of its own, beside the three real ones', () => {
    // Assess
    expect(testRegencies.map((tenant) => [tenant.id, tenant.referencePrefix])).toEqual([['uji-coba', 'UJI']]);
    expect(realRegencies.map((tenant) => tenant.id)).toEqual(['blora', 'purwakarta', 'mesuji']);
  });

  it('tells a visitor on every page that nothing sent there is handled, and where to report instead', () => {
    for (const page of testRegencies.flatMap(pagesOf)) {
      // Assess
      expect(page).toContain(`id="${SMOKE_TEST_NOTICE_ID}"`);
      expect(page).toMatch(/TIDAK ditangani siapa pun|NOT handled by anyone/);
      expect(page).toContain('08111-129-129');
    }
  });

  it('leaves the pages of real regencies without that notice', () => {
    for (const page of realRegencies.flatMap(pagesOf)) {
      // Assess
      expect(page).not.toContain(SMOKE_TEST_NOTICE_ID);
    }
  });
});
