import 'aws-sdk-client-mock-vitest/extend';
import { readFileSync } from 'node:fs';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsAlertPublisher } from '#shared/alerts/sns-alert-publisher.js';
import type { CaseAlert } from '#shared/intake/ports.js';
import { type Tenant, TenantsConfig } from '#shared/tenancy/tenant.js';

const sns = mockClient(SNSClient);
const seed = TenantsConfig.parse(JSON.parse(readFileSync(new URL('../../../config/tenants.json', import.meta.url), 'utf8')));
const blora = seed.tenants.find((t) => t.id === 'blora') as Tenant;
const withSupervisors: Tenant = { ...blora, alerts: { onCallSms: [], supervisorSms: ['+6280000000000'] } };

const onCallArn = (tenant: string) => `arn:aws:sns:ap-southeast-3:123456789012:lapor-aman-${tenant}-alerts`;
const supervisorsArn = (tenant: string) => `arn:aws:sns:ap-southeast-3:123456789012:lapor-aman-${tenant}-supervisors`;

const alert = (overrides: Partial<CaseAlert> = {}): CaseAlert => ({
  tenantId: 'blora',
  caseId: '01JCASE0000000000000000000',
  event: 'received',
  reference: 'BLR-2026-00042',
  channel: 'whatsapp',
  service: 'pengaduan_kekerasan',
  category: 'kekerasan_seksual',
  urgency: 'DARURAT',
  kecamatan: 'Cepu',
  dueAt: '2026-11-23T03:14:00.000Z',
  dedupeId: 'blora:01JCASE0000000000000000000:received',
  ...overrides,
});

const publisher = (tenant: Tenant = blora) =>
  new SnsAlertPublisher(new SNSClient({ region: 'ap-southeast-3' }), { find: async () => tenant }, {
    onCall: onCallArn,
    supervisors: supervisorsArn,
  });

const sentInput = () => {
  const input = sns.commandCalls(PublishCommand)[0]?.args[0].input;
  if (!input) throw new Error('nothing published');
  return input;
};

beforeEach(() => {
  sns.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'sns-message-1' });
});

describe('SnsAlertPublisher', () => {
  it('publishes the SMS, the JSON for other subscribers and the routing attributes to the tenant topic', async () => {
    // Act
    const published = await publisher().publish(alert());

    // Assess
    const sms = 'Lapor Aman BLR-2026-00042: kekerasan seksual, DARURAT, via WhatsApp, Kec. Cepu. Tindak lanjuti SEGERA, batas 23 Nov 10:14 WIB.';
    const detail = {
      type: 'lapor-aman.case-alert',
      version: 1,
      dedupeId: 'blora:01JCASE0000000000000000000:received',
      tenantId: 'blora',
      caseId: '01JCASE0000000000000000000',
      event: 'received',
      audience: 'on-call',
      reference: 'BLR-2026-00042',
      channel: 'whatsapp',
      service: 'pengaduan_kekerasan',
      category: 'kekerasan_seksual',
      urgency: 'DARURAT',
      kecamatan: 'Cepu',
      dueAt: '2026-11-23T03:14:00.000Z',
      sms,
    };
    expect(published).toEqual({ messageId: 'sns-message-1' });
    expect(sns).toHaveReceivedCommandTimes(PublishCommand, 1);
    const input = sentInput();
    expect({ ...input, Message: undefined }).toEqual({
      TopicArn: onCallArn('blora'),
      MessageStructure: 'json',
      Subject: 'Lapor Aman BLR-2026-00042',
      Message: undefined,
      MessageAttributes: {
        urgency: { DataType: 'String', StringValue: 'DARURAT' },
        channel: { DataType: 'String', StringValue: 'whatsapp' },
        event: { DataType: 'String', StringValue: 'received' },
        dedupeId: { DataType: 'String', StringValue: 'blora:01JCASE0000000000000000000:received' },
        'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
      },
    });
    const message = JSON.parse(input.Message ?? '');
    expect(Object.keys(message).sort()).toEqual(['default', 'email', 'https', 'sms']);
    expect(message.sms).toBe(sms);
    for (const key of ['default', 'email', 'https']) expect(JSON.parse(message[key])).toEqual(detail);
  });

  it('sends the second escalation to the supervisors\' topic when the tenant lists supervisor numbers', async () => {
    // Act
    await publisher(withSupervisors).publish(
      alert({ event: 'overdueSupervisor', dedupeId: 'blora:01JCASE0000000000000000000:overdueSupervisor' }),
    );

    // Assess
    expect(sns).toHaveReceivedCommandWith(PublishCommand, {
      TopicArn: supervisorsArn('blora'),
      MessageAttributes: expect.objectContaining({ event: { DataType: 'String', StringValue: 'overdueSupervisor' } }),
    });
    expect(JSON.parse(JSON.parse(sentInput().Message ?? '').https).audience).toBe('supervisors');
  });

  it('sends the second escalation to the on-call topic when the tenant has no supervisor numbers', async () => {
    // Act
    await publisher(blora).publish(alert({ event: 'overdueSupervisor' }));

    // Assess
    expect(sns).toHaveReceivedCommandWith(PublishCommand, { TopicArn: onCallArn('blora') });
    expect(JSON.parse(sentInput().Message ?? '').sms).toMatch(/^Lapor Aman ESKALASI BLR-2026-00042: BELUM DIASESMEN/);
  });

  it('sends the first escalation to the on-call team even when supervisors are configured', async () => {
    // Act
    await publisher(withSupervisors).publish(alert({ event: 'overdue' }));

    // Assess
    expect(sns).toHaveReceivedCommandWith(PublishCommand, { TopicArn: onCallArn('blora') });
  });

  it('fails, so the alert stays pending, when SNS refuses the message', async () => {
    // Prepare
    sns.on(PublishCommand).rejects(new Error('Throttling'));

    // Act
    const attempt = publisher().publish(alert());

    // Assess
    await expect(attempt).rejects.toThrow('Throttling');
  });
});
