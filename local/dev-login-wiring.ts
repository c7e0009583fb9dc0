/**
 * The staff side of the local runtime: the dev login (seeded staff, signing key, sign-in endpoints) and
 * the five staff functions, assembled by the same shared/wiring/staff-dependencies.ts as in the cloud from
 * the local adapters intake uses, with the dev login's verifier in place of Cognito's.
 */
import type { RequestListener } from 'node:http';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type CaseMediaFunctionDependencies, createCaseMediaHandler } from '#functions/case-media/handler.js';
import { createRevealIdentityHandler, type RevealIdentityDependencies } from '#functions/reveal-identity/handler.js';
import { createStaffApiHandler, type StaffApiDependencies } from '#functions/staff-api/handler.js';
import { createStaffConsoleHandler } from '#functions/staff-console/handler.js';
import { createStaffAdminHandler, type StaffAdminFunctionDependencies } from '#functions/staff-admin/handler.js';
import { buildConsoleClient } from '#shared/channels/staff-console/console-client-build.js';
import type { IntakeDependencies } from '#shared/intake/submit-report.js';
import type { MediaStore } from '#shared/media/media-store.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import type { ReporterChat } from '#shared/thread/ports.js';
import type { TenantRegistry } from '#shared/tenancy/tenant-registry.js';
import {
  buildCaseMediaDependencies,
  buildRevealDependencies,
  buildStaffAdminDependencies,
  buildStaffApiDependencies,
} from '#shared/wiring/staff-dependencies.js';
import type { LambdaHttpHandler } from './api-gateway-bridge.js';
import { createLocalStaffLogin, type LocalStaffLogin } from './dev-login.js';
import { directoryDevLogins } from './dev-login-directory.js';
import { withDevLoginRoutes } from './dev-login-route.js';
import { LocalStaffAccounts } from './local-staff-accounts.js';

export interface LocalStaff {
  readonly login: LocalStaffLogin;
  readonly apiDeps: StaffApiDependencies;
  readonly revealDeps: RevealIdentityDependencies;
  readonly mediaDeps: CaseMediaFunctionDependencies;
  /** The directory and its sign-in accounts (the local stand-in for the staff user pool). */
  readonly adminDeps: StaffAdminFunctionDependencies & { readonly accounts: LocalStaffAccounts };
  readonly handlers: Readonly<Record<'staff-api' | 'reveal-identity' | 'staff-console' | 'case-media' | 'staff-admin', LambdaHttpHandler>>;
  /** Serves `/_local/dev-login…` in front of `next`. */
  withDevLogin(next: RequestListener, logRequest: (line: string) => void): RequestListener;
}

export function createLocalStaff(options: {
  readonly dataDir?: string;
  readonly tenantList: readonly Tenant[];
  /** The client the other local functions use (fault tests decorate it). */
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly deps: IntakeDependencies & { readonly tenants: TenantRegistry };
  /** Where the WhatsApp webhook keeps reporters' files (encrypted files under the data folder). */
  readonly media: MediaStore;
  /** The local WhatsApp channel's delivery of staff messages (its outbox, seen in the simulator). */
  readonly reporterChat?: ReporterChat;
}): LocalStaff {
  const { deps } = options;
  const login = createLocalStaffLogin({ dataDir: options.dataDir, tenants: options.tenantList });
  const ports = {
    documents: options.documents,
    tableName: options.tableName,
    staffTokens: login.verifier,
    tenants: deps.tenants,
    vault: deps.vault,
    clock: deps.clock,
    ids: deps.ids,
    logger: deps.logger,
  };
  const apiDeps: StaffApiDependencies = buildStaffApiDependencies({ ...ports, alerts: deps.alerts, reporterChat: options.reporterChat });
  const revealDeps: RevealIdentityDependencies = buildRevealDependencies(ports);
  // No signed links locally: the route answers every file itself, whatever its size.
  const mediaDeps: CaseMediaFunctionDependencies = buildCaseMediaDependencies({ ...ports, media: options.media });
  const accounts = new LocalStaffAccounts(options.documents, options.tableName);
  const adminDeps = { ...buildStaffAdminDependencies({ ...ports, accounts }), accounts };
  return {
    login,
    apiDeps,
    revealDeps,
    mediaDeps,
    adminDeps,
    handlers: {
      'staff-admin': createStaffAdminHandler(adminDeps),
      'staff-api': createStaffApiHandler(apiDeps),
      'reveal-identity': createRevealIdentityHandler(revealDeps),
      'case-media': createCaseMediaHandler(mediaDeps),
      'staff-console': createStaffConsoleHandler({ signIn: login.consoleSignIn, clientScript: buildConsoleClient().script, logger: deps.logger }),
    },
    withDevLogin: (next, logRequest) => {
      const people = directoryDevLogins(apiDeps.directory, options.tenantList);
      return withDevLoginRoutes(next, async () => [...login.staff, ...(await people())], login.signer, logRequest);
    },
  };
}
