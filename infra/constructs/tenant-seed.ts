/**
 * Writes the tenant's items into the table on deploy, exactly as the local runtime seeds them (its profile,
 * and the lookup from its WhatsApp number), and removes them when the tenant stack is deleted: the regency
 * stops accepting reports while its cases and key stay. Runs as the core stack's seeder role.
 */
import { AwsCustomResource, type AwsSdkCall, Logging, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { tenantProfileUpdate } from '#shared/store/dynamo-tenant-registry.js';
import { keys } from '#shared/store/table-design.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { toAttributeMap } from '../attribute-value.js';
import { TABLE_NAME } from '../naming.js';
import { runnerProps, type TenantResourceRunner } from './tenant-resource-runner.js';

/** The item `seedWhatsAppNumbers` writes for a tenant with WhatsApp (shared/store). */
function whatsappNumberItem(tenant: Tenant): Record<string, unknown> | undefined {
  if (!tenant.whatsapp) return undefined;
  const { phoneNumberId } = tenant.whatsapp;
  return { ...keys.whatsappNumber(phoneNumberId), type: 'WhatsAppNumber', tenantId: tenant.id, phoneNumberId };
}

/** Every attribute a seed item may carry: the seeder role may write nothing else. */
export const TENANT_SEED_ATTRIBUTES = ['PK', 'SK', 'type', 'tenantId', 'profile', 'phoneNumberId'] as const;
/** The partition keys a seed item may have. */
export const TENANT_SEED_PARTITIONS = [keys.tenant('*').PK, keys.whatsappNumber('*').PK] as const;
/** What the seeder role may call on the table. */
export const TENANT_SEED_ACTIONS = ['BatchWriteItem', 'UpdateItem'] as const;

export class TenantSeed extends Construct {
  readonly resource: AwsCustomResource;

  constructor(scope: Construct, id: string, tenant: Tenant, runner: TenantResourceRunner) {
    super(scope, id);
    const number = whatsappNumberItem(tenant);
    const call = (action: string, parameters: object): AwsSdkCall => ({
      service: 'DynamoDB',
      action,
      parameters,
      physicalResourceId: PhysicalResourceId.of(`tenant-seed-${tenant.id}`),
      // The profile carries the on-call staff's numbers: keep them out of the seeder's logs.
      logging: Logging.withDataHidden(),
    });
    const batch = (requests: object[]) => call('batchWriteItem', { RequestItems: { [TABLE_NAME]: requests } });
    const profile = tenantProfileUpdate(tenant);
    // An update, not a put: the tenant item also carries facts the product writes (the rota flag).
    const updateProfile = call('updateItem', {
      ...profile,
      TableName: TABLE_NAME,
      Key: toAttributeMap(profile.Key),
      ExpressionAttributeValues: toAttributeMap(profile.ExpressionAttributeValues),
    });
    // Still named `Items`, and still deleting both items: a new logical id would delete the seed after a deploy.
    this.resource = new AwsCustomResource(this, 'Items', {
      resourceType: 'Custom::TenantSeed',
      onCreate: updateProfile,
      onUpdate: updateProfile,
      onDelete: batch(
        [profile.Key, number].filter((item) => item !== undefined).map((item) => ({
          DeleteRequest: { Key: toAttributeMap({ PK: item.PK, SK: item.SK }) },
        })),
      ),
      ...runnerProps(runner),
    });
    if (number) {
      const putNumber = batch([{ PutRequest: { Item: toAttributeMap(number) } }]);
      new AwsCustomResource(this, 'WhatsAppNumber', {
        resourceType: 'Custom::TenantSeed',
        onCreate: putNumber,
        onUpdate: putNumber,
        ...runnerProps(runner),
      });
    }
  }
}
