/**
 * The staff side of the local runtime: the dev login (seeded staff, signing key, sign-in endpoints) and
 * the three staff functions wired to the same local adapters as intake, with the dev login's verifier in
 * place of Cognito's.
 */
import type { RequestListener } from 'node:http';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createRevealIdentityHandler, type RevealIdentityDependencies } from '#functions/reveal-identity/handler.js';
import { createStaffApiHandler, type StaffApiDependencies } from '#functions/staff-api/handler.js';
import { createStaffConsoleHandler } from '#functions/staff-console/handler.js';
import { buildConsoleClient } from '#shared/channels/staff-console/console-client-build.js';
import type { AlertOutbox } from '#shared/alerts/ports.js';
import type { IntakeDependencies } from '#shared/intake/submit-report.js';
import { DynamoRevealAuditLog } from '#shared/store/dynamo-staff-audit.js';
import { DynamoStaffCaseStore } from '#shared/store/dynamo-staff-cases.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import type { TenantRegistry } from '#shared/tenancy/tenant-registry.js';
import type { LambdaHttpHandler } from './api-gateway-bridge.js';
import { createLocalStaffLogin, type LocalStaffLogin } from './dev-login.js';
import { withDevLoginRoutes } from './dev-login-route.js';

export interface LocalStaff {
  readonly login: LocalStaffLogin;
  readonly apiDeps: StaffApiDependencies;
  readonly revealDeps: RevealIdentityDependencies;
  readonly handlers: Readonly<Record<'staff-api' | 'reveal-identity' | 'staff-console', LambdaHttpHandler>>;
  /** Serves `/_local/dev-login…` in front of `next`. */
  withDevLogin(next: RequestListener, logRequest: (line: string) => void): RequestListener;
}

export function createLocalStaff(options: {
  readonly dataDir?: string;
  readonly tenantList: readonly Tenant[];
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly deps: IntakeDependencies & { readonly tenants: TenantRegistry };
  readonly outbox: AlertOutbox;
}): LocalStaff {
  const { deps, documents, tableName } = options;
  const login = createLocalStaffLogin({ dataDir: options.dataDir, tenants: options.tenantList });
  const cases = new DynamoStaffCaseStore(documents, tableName);
  const audit = new DynamoRevealAuditLog(documents, tableName);
  const auth = { staffTokens: login.verifier, tenants: deps.tenants };
  const apiDeps: StaffApiDependencies = {
    ...auth,
    cases,
    reveals: audit,
    outbox: options.outbox,
    vault: deps.vault,
    clock: deps.clock,
    logger: deps.logger,
    // Walk-in reports go through the same intake (case store, vault, alerts) as every channel.
    intake: deps,
  };
  const revealDeps: RevealIdentityDependencies = {
    ...auth,
    identities: cases,
    audit,
    vault: deps.vault,
    clock: deps.clock,
    ids: deps.ids,
    logger: deps.logger,
  };
  return {
    login,
    apiDeps,
    revealDeps,
    handlers: {
      'staff-api': createStaffApiHandler(apiDeps),
      'reveal-identity': createRevealIdentityHandler(revealDeps),
      'staff-console': createStaffConsoleHandler({ signIn: login.consoleSignIn, clientScript: buildConsoleClient().script, logger: deps.logger }),
    },
    withDevLogin: (next, logRequest) => withDevLoginRoutes(next, login.staff, login.signer, logRequest),
  };
}
