/**
 * What one report costs in AWS requests, through the cloud wiring itself: KMS and SNS are counted at
 * their client boundary (aws-sdk-client-mock), DynamoDB capacity from `ReturnConsumedCapacity` on every
 * call, and CPU of `submitReport` with dynalite in another process.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { EnvelopeIdentityVault } from '#shared/crypto/identity-vault.js';
import { MasterKeyDataKeyProvider } from '#shared/crypto/master-key-data-key-provider.js';
import { submitReport } from '#shared/intake/submit-report.js';
import { DynamoCaseSecretStore } from '#shared/store/dynamo-case-secret-store.js';
import { seedTenants } from '#shared/store/dynamo-tenant-registry.js';
import { keys } from '#shared/store/table-design.js';
import { createCloudDependencies } from '#shared/wiring/cloud-intake.js';
import { createSealingAdapters } from '#shared/wiring/cloud-sealing.js';
import { ensureTable } from '#local/embedded-dynamodb.js';
import { loadTenantsConfig } from '#local/runtime.js';
import { startChildDynamoDb } from './child-dynamodb.js';
import { BENCH_LAMBDA_ENV } from './cold-import.js';
import { median } from './stats.js';

export interface ReportCosts {
  readonly kmsAtColdStart: number;
  readonly kmsPerNamedReport: number;
  readonly kmsPerAnonymousReport: number;
  readonly kmsPerRetry: number;
  readonly readUnitsPerReport: number;
  readonly writeUnitsPerReport: number;
  readonly dynamoCallsPerReport: number;
  readonly snsPublishesPerReport: number;
  readonly cpuMsPerReportLocalKey: number;
  /** Of `cpuMsPerReportLocalKey`, the CPU spent inside the DynamoDB client (serialise, sign, HTTP, parse). */
  readonly sdkCpuMsPerReport: number;
  /** One bare `PutItem` of the stored case item (same size), through the same client: the unit of the ratios. */
  readonly barePutCpuMs: number;
  readonly caseItemBytes: number;
}

export function benchReport(i: number, anonymous: boolean) {
  return {
    channel: 'web',
    channelRef: `bench-${i}-${randomBytes(6).toString('hex')}`,
    service: 'pengaduan_kekerasan',
    narrative: 'Anak tetangga umur 9 tahun sering dipukul ayah tirinya, kemarin malam sampai memar.',
    location: { kecamatan: 'Cepu' },
    victim: { ageGroup: 'anak_6_12', gender: 'perempuan', relationToReporter: 'tetangga' },
    immediateDanger: 'tidak',
    reporter: anonymous
      ? { anonymous: true }
      : { anonymous: false, name: 'Bench Pelapor', phone: '081234567890', address: 'Jl. Contoh 1' },
    consent: { dataProcessing: true },
  };
}

/** CPU of a bare `PutItem` of a copy of the stored case item, under other keys: what one write costs at its least. */
async function measureBarePut(documents: DynamoDBDocumentClient, tenantId: string, caseId: string, samples: number) {
  const tableName = BENCH_LAMBDA_ENV.TABLE_NAME ?? 'bench';
  const { Item: item } = await documents.send(new GetCommand({ TableName: tableName, Key: keys.case(tenantId, caseId) }));
  if (!item) throw new Error('the bench case was not stored');
  const put = (i: number) => documents.send(new PutCommand({ TableName: tableName, Item: { ...item, PK: `BENCH#PUT`, SK: `ITEM#${i}` } }));
  for (let i = 0; i < 50; i++) await put(i);
  const cpu: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = process.cpuUsage();
    await put(i);
    const used = process.cpuUsage(start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { barePutCpuMs: median(cpu), caseItemBytes: Buffer.byteLength(JSON.stringify(item)) };
}

export async function measureReportCosts(samples: number): Promise<ReportCosts> {
  const dynamo = await startChildDynamoDb();
  const kms = mockClient(KMSClient);
  const sns = mockClient(SNSClient);
  try {
    kms.on(GenerateDataKeyCommand).callsFake(async () => ({
      Plaintext: randomBytes(32),
      CiphertextBlob: randomBytes(184),
      KeyId: 'arn:aws:kms:ap-southeast-3:000000000000:key/bench',
    }));
    kms.on(DecryptCommand).rejects(new Error('intake must never decrypt'));
    sns.on(PublishCommand).resolves({ MessageId: 'bench' });

    const client = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'ap-southeast-3',
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    });
    const units = { read: 0, write: 0, calls: 0, cpuMs: 0 };
    client.middlewareStack.add(
      (next, context) => async (args) => {
        (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
        // Nothing else runs in this process meanwhile (dynalite is another process): CPU used until the
        // answer is parsed is the SDK's and Node's HTTP work for this call.
        const cpuBefore = process.cpuUsage();
        const result = await next(args);
        const cpu = process.cpuUsage(cpuBefore);
        units.cpuMs += (cpu.user + cpu.system) / 1000;
        const consumed = (result.output as { ConsumedCapacity?: { CapacityUnits?: number } }).ConsumedCapacity;
        const isRead = /^(Get|BatchGet|Query|Scan)/.test(context.commandName ?? '');
        units.calls++;
        if (isRead) units.read += consumed?.CapacityUnits ?? 0;
        else units.write += consumed?.CapacityUnits ?? 0;
        return result;
      },
      { step: 'initialize', name: 'benchCapacityMeter' },
    );
    const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    await ensureTable(client, BENCH_LAMBDA_ENV.TABLE_NAME ?? 'bench');
    await ensureTable(client, BENCH_LAMBDA_ENV.CASE_SECRETS_TABLE_NAME ?? 'bench-secrets', []);
    await seedTenants(documents, BENCH_LAMBDA_ENV.TABLE_NAME ?? 'bench', loadTenantsConfig().tenants);

    const deps = createCloudDependencies(createSealingAdapters, { ...process.env, ...BENCH_LAMBDA_ENV, POWERTOOLS_LOG_LEVEL: 'SILENT' }, documents);
    const kmsAtColdStart = kms.calls().length;
    const tenant = await deps.tenants.find('blora');
    if (!tenant) throw new Error('blora not seeded');

    const perReport = async (anonymous: boolean) => {
      const before = { kms: kms.calls().length, sns: sns.calls().length, ...units };
      const input = benchReport(0, anonymous);
      await submitReport(deps, tenant, input);
      const first = {
        kms: kms.calls().length - before.kms,
        sns: sns.calls().length - before.sns,
        read: units.read - before.read,
        write: units.write - before.write,
        calls: units.calls - before.calls,
      };
      const beforeRetry = kms.calls().length;
      await submitReport(deps, tenant, input);
      return { ...first, kmsRetry: kms.calls().length - beforeRetry };
    };
    const named = await perReport(false);
    const anonymous = await perReport(true);

    // CPU with the local key: the cost of our code and the SDK's serialisation, not of KMS or DynamoDB.
    const caseSecrets = new DynamoCaseSecretStore(documents, BENCH_LAMBDA_ENV.CASE_SECRETS_TABLE_NAME ?? 'bench-secrets');
    const local = { ...deps, vault: new EnvelopeIdentityVault(new MasterKeyDataKeyProvider(randomBytes(32)), caseSecrets) };
    for (let i = 0; i < 50; i++) await submitReport(local, tenant, benchReport(i, false));
    const cpu: number[] = [];
    const sdkCpu: number[] = [];
    for (let i = 0; i < samples; i++) {
      const sdkBefore = units.cpuMs;
      const start = process.cpuUsage();
      await submitReport(local, tenant, benchReport(i, false));
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
      sdkCpu.push(units.cpuMs - sdkBefore);
    }
    const bare = await measureBarePut(documents, tenant.id, (await submitReport(local, tenant, benchReport(-1, false))).caseId, samples);
    return {
      ...bare,
      kmsAtColdStart,
      kmsPerNamedReport: named.kms,
      kmsPerAnonymousReport: anonymous.kms,
      kmsPerRetry: named.kmsRetry,
      readUnitsPerReport: named.read,
      writeUnitsPerReport: named.write,
      dynamoCallsPerReport: named.calls,
      snsPublishesPerReport: named.sns,
      cpuMsPerReportLocalKey: median(cpu),
      sdkCpuMsPerReport: median(sdkCpu),
    };
  } finally {
    kms.restore();
    sns.restore();
    dynamo.stop();
  }
}
