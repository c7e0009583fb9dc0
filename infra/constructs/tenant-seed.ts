/**
 * Writes the tenant's items into the table on deploy, exactly as the local runtime seeds them (its profile,
 * and the lookup from its WhatsApp number), and removes them when the tenant stack is deleted: the regency
 * stops accepting reports while its cases and key stay. Runs as the core stack's seeder role.
 */
import { AwsCustomResource, type AwsSdkCall, Logging, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { keys } from '#shared/store/table-design.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { toAttributeMap } from '../attribute-value.js';
import { TABLE_NAME } from '../naming.js';
import { runnerProps, type TenantResourceRunner } from './tenant-resource-runner.js';

/** The items `seedTenants` and `seedWhatsAppNumbers` write for a tenant (shared/store). */
export function tenantSeedItems(tenant: Tenant): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [
    { ...keys.tenant(tenant.id), type: 'Tenant', tenantId: tenant.id, profile: tenant },
  ];
  if (tenant.whatsapp) {
    const { phoneNumberId } = tenant.whatsapp;
    items.push({ ...keys.whatsappNumber(phoneNumberId), type: 'WhatsAppNumber', tenantId: tenant.id, phoneNumberId });
  }
  return items;
}

/** Every attribute a seed item may carry: the seeder role may write nothing else. */
export const TENANT_SEED_ATTRIBUTES = ['PK', 'SK', 'type', 'tenantId', 'profile', 'phoneNumberId'] as const;
/** The partition keys a seed item may have. */
export const TENANT_SEED_PARTITIONS = [keys.tenant('*').PK, keys.whatsappNumber('*').PK] as const;

export class TenantSeed extends Construct {
  readonly resource: AwsCustomResource;

  constructor(scope: Construct, id: string, tenant: Tenant, runner: TenantResourceRunner) {
    super(scope, id);
    const items = tenantSeedItems(tenant);
    const batch = (request: (item: Record<string, unknown>) => object): AwsSdkCall => ({
      service: 'DynamoDB',
      action: 'batchWriteItem',
      parameters: { RequestItems: { [TABLE_NAME]: items.map(request) } },
      physicalResourceId: PhysicalResourceId.of(`tenant-seed-${tenant.id}`),
      // The profile carries the on-call staff's numbers: keep them out of the seeder's logs.
      logging: Logging.withDataHidden(),
    });
    const put = batch((item) => ({ PutRequest: { Item: toAttributeMap(item) } }));
    this.resource = new AwsCustomResource(this, 'Items', {
      resourceType: 'Custom::TenantSeed',
      onCreate: put,
      onUpdate: put,
      onDelete: batch((item) => ({ DeleteRequest: { Key: toAttributeMap({ PK: item.PK, SK: item.SK }) } })),
      ...runnerProps(runner),
    });
  }
}
