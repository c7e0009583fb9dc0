/**
 * One AWS account's KMS, as far as tenant keys go, driven by synthesized tenant templates: a deploy creates
 * the keys a template declares and points its aliases; deleting the stack removes its aliases and keeps its
 * retained keys. Its data-key provider refuses what IAM would refuse: a key without an alias the function
 * roles admit (their `kms:ResourceAliases` condition, read from the core template), or a request the key's
 * current policy does not allow for that tenant and purpose.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Template } from 'aws-cdk-lib/assertions';
import type { DataKey, DataKeyProvider } from '#shared/crypto/data-key-provider.js';
import type { EncryptionContext } from '#shared/crypto/encryption-context.js';
import { EnvelopeError } from '#shared/crypto/envelope.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { cfnData, customResourceCall } from './cfn-text.js';
import { roleStatements, type Statement } from './iam.js';

type Resources = Record<string, { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }>;

interface FakeKey {
  readonly material: MasterKeyDataKeyProvider;
  policy: Statement[];
}

export class KmsAccessDenied extends EnvelopeError {
  override readonly name = 'KmsAccessDenied';
}

export class FakeKmsAccount {
  private readonly keys = new Map<string, FakeKey>();
  private readonly aliases = new Map<string, { keyArn: string; stack: string }>();
  private readonly admittedAliases: RegExp;

  /** `core`: the core stack's template, whose function roles admit keys by alias. */
  constructor(core: Template) {
    const pattern = roleStatements(core, 'staff-api').find((statement) => statement.Sid === 'OpenWithTenantKeys')?.Condition?.[
      'ForAnyValue:StringLike'
    ]?.['kms:ResourceAliases'];
    if (typeof pattern !== 'string') throw new Error('the staff API role admits no tenant key alias');
    this.admittedAliases = new RegExp(`^${pattern.replaceAll('*', '[^/]+')}$`);
  }

  /** What CloudFormation does with the keys, aliases and kept-key policies of a tenant template. */
  deploy(stack: string, template: Template): void {
    const resources = template.toJSON().Resources as Resources;
    const created = new Map<string, string>();
    for (const [id, resource] of Object.entries(resources).filter(([, r]) => r.Type === 'AWS::KMS::Key')) {
      const arn = `arn:aws:kms:ap-southeast-3:111122223333:key/${randomUUID()}`;
      this.keys.set(arn, { material: new MasterKeyDataKeyProvider(randomBytes(32)), policy: statementsOf(resource.Properties.KeyPolicy) });
      created.set(id, arn);
    }
    for (const resource of Object.values(resources).filter((r) => r.Type === 'AWS::KMS::Alias')) {
      const target = resource.Properties.TargetKeyId;
      const keyArn = typeof target === 'string' ? target : created.get(target['Fn::GetAtt'][0]);
      if (!keyArn || !this.keys.has(keyArn)) throw new Error(`NotFoundException: no key ${JSON.stringify(target)}`);
      this.aliases.set(resource.Properties.AliasName, { keyArn, stack });
    }
    for (const resource of Object.values(resources).filter((r) => r.Type === 'Custom::KeptKeyPolicy')) {
      const { parameters } = customResourceCall(resource.Properties);
      const key = this.keys.get(parameters.KeyId);
      if (!key) throw new Error(`NotFoundException: no key ${parameters.KeyId}`);
      key.policy = statementsOf(JSON.parse(parameters.Policy));
    }
  }

  /** Deleting a stack: its aliases go, its keys stay (they are all retained). */
  deleteStack(stack: string): void {
    for (const [name, alias] of this.aliases) if (alias.stack === stack) this.aliases.delete(name);
  }

  keyArnOf(alias: string): string {
    const found = this.aliases.get(alias);
    if (!found) throw new Error(`no alias ${alias}`);
    return found.keyArn;
  }

  get keyCount(): number {
    return this.keys.size;
  }

  /** The cloud's data-key provider on this account: data keys of `alias/lapor-aman/<tenant>`, opened by key ARN. */
  dataKeys(): DataKeyProvider {
    return {
      generateDataKey: async (context: EncryptionContext): Promise<DataKey> => {
        const keyArn = this.keyArnOf(`alias/lapor-aman/${context.tenant}`);
        const key = this.admitted(keyArn, 'kms:GenerateDataKey', context);
        return { ...(await key.material.generateDataKey(context)), keyId: keyArn };
      },
      unwrapDataKey: async (context: EncryptionContext, wrapped: Buffer, keyArn: string): Promise<Buffer> => {
        const key = this.admitted(keyArn, 'kms:Decrypt', context);
        const { keyId } = await key.material.generateDataKey(context);
        return key.material.unwrapDataKey(context, wrapped, keyId);
      },
    };
  }

  private admitted(keyArn: string, action: string, context: EncryptionContext): FakeKey {
    const key = this.keys.get(keyArn);
    if (!key) throw new KmsAccessDenied(`no key ${keyArn}`);
    const aliases = [...this.aliases].filter(([, alias]) => alias.keyArn === keyArn).map(([name]) => name);
    if (!aliases.some((name) => this.admittedAliases.test(name))) {
      throw new KmsAccessDenied(`${action} denied: the role admits no key without an alias like ${this.admittedAliases}`);
    }
    const allowed = key.policy.some(
      (statement) =>
        statement.Effect === 'Allow' &&
        statement.Action.includes(action) &&
        statement.Condition?.StringEquals?.['kms:EncryptionContext:tenant'] === context.tenant &&
        [statement.Condition?.StringEquals?.['kms:EncryptionContext:purpose']].flat().includes(context.purpose),
    );
    if (!allowed) throw new KmsAccessDenied(`${action} denied by the key policy for ${context.tenant}/${context.purpose}`);
    return key;
  }
}

function statementsOf(policy: unknown): Statement[] {
  const document = cfnData(policy) as { Statement: any[] };
  return document.Statement.map((statement) => ({
    ...statement,
    Action: [statement.Action].flat(),
    Resource: [statement.Resource].flat(),
  }));
}
