/**
 * Floor of validation: zod and the schemas every intake function builds at module scope (the report
 * contract, the tenant config and the cloud configuration), without any AWS client.
 */
import { loadCloudConfig } from '../../shared/config.js';
import { ReportSubmission } from '../../shared/intake/report-submission.js';
import { Tenant } from '../../shared/tenancy/tenant.js';

export const handler = async (event: unknown) => ({
  statusCode: 200,
  body: String([ReportSubmission.safeParse(event).success, Tenant.safeParse(event).success, loadCloudConfig].length),
});
