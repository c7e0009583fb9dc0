/**
 * One regency: its key, its alert topics with the on-call numbers, its WhatsApp secrets and its profile in
 * the table. Small and alike, so the deployment grows by stacks, never by one stack's resource count.
 */
import { Stack, type StackProps, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { TenantAlertTopic } from '../constructs/tenant-alert-topic.js';
import { TenantKey } from '../constructs/tenant-key.js';
import { tenantResourceRunner } from '../constructs/tenant-resource-runner.js';
import { TenantSeed } from '../constructs/tenant-seed.js';
import { createTenantWhatsAppSecrets } from '../constructs/product-secrets.js';
import type { FunctionEntry } from '../function-catalog.js';
import { type AlertAudience, alertTopicArn } from '../naming.js';

export interface TenantStackProps extends StackProps {
  readonly tenant: Tenant;
  readonly catalog: readonly FunctionEntry[];
  /** The key its first deploy created, from config/deployment.json: imported instead of created. */
  readonly keptKeyArn?: string;
}

export class TenantStack extends Stack {
  readonly tenant: Tenant;
  readonly key: TenantKey;
  readonly alertTopics: ReadonlyMap<AlertAudience, TenantAlertTopic>;

  constructor(scope: Construct, id: string, props: TenantStackProps) {
    super(scope, id, props);
    const { tenant } = props;
    this.tenant = tenant;
    Tags.of(this).add('lapor-aman:tenant', tenant.id);

    const audiences = alertAudiences(tenant);
    const runner = tenantResourceRunner(this, tenant.id);
    this.key = new TenantKey(this, 'DataKey', {
      tenantId: tenant.id,
      catalog: props.catalog,
      alertTopicArns: [...audiences.keys()].map((audience) => alertTopicArn(tenant.id, audience)),
      keptKeyArn: props.keptKeyArn,
      runner,
    });
    const topics = new Map<AlertAudience, TenantAlertTopic>();
    for (const [audience, smsNumbers] of audiences) {
      topics.set(
        audience,
        new TenantAlertTopic(this, audience === 'on-call' ? 'OnCallAlerts' : 'SupervisorAlerts', {
          tenantId: tenant.id,
          audience,
          key: this.key.key,
          smsNumbers,
        }),
      );
    }
    this.alertTopics = topics;

    if (tenant.whatsapp) createTenantWhatsAppSecrets(this, tenant.whatsapp);
    new TenantSeed(this, 'Seed', tenant, runner);
  }
}

/** The on-call topic always exists (the runtime publishes to it); a supervisors' topic only with numbers. */
function alertAudiences(tenant: Tenant): Map<AlertAudience, readonly string[]> {
  const audiences = new Map<AlertAudience, readonly string[]>([['on-call', tenant.alerts?.onCallSms ?? []]]);
  const supervisors = tenant.alerts?.supervisorSms ?? [];
  if (supervisors.length > 0) audiences.set('supervisors', supervisors);
  return audiences;
}
