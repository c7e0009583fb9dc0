import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWhatsAppWebhookHandler } from '#functions/whatsapp-webhook/handler.js';
import { messagePayload } from '#local/whatsapp-payload.js';
import type { Tenant } from '#shared/tenancy/tenant.js';
import { startTestRuntime, type TestRuntime } from '../../support/local-runtime.js';
import { answerUntilDanger, findConversationItem, postWebhook, textOf, WhatsAppReporter, webhookEvent } from '../../support/whatsapp.js';

let runtime: TestRuntime;
beforeAll(async () => {
  runtime = await startTestRuntime({ alertJobIntervalMs: 0 });
});
afterAll(async () => {
  await runtime.stop();
});

/**
 * A new container after the regency's kecamatan list was edited: it reads the edited tenant, while the
 * runtime's own handler still holds the old one (and would file the report if it ran the message again).
 */
function handlerAfterKecamatanEdit(tenantId: string, removed: string, sender = runtime.whatsapp.deps.sender) {
  const { tenants } = runtime.whatsapp.deps;
  return createWhatsAppWebhookHandler({
    ...runtime.whatsapp.deps,
    sender,
    tenants: {
      find: async (id: string): Promise<Tenant | undefined> => {
        const tenant = await tenants.find(id);
        return tenant && id === tenantId ? { ...tenant, kecamatan: tenant.kecamatan.filter((k) => k !== removed) } : tenant;
      },
      hasRota: (id: string) => tenants.hasRota(id),
    },
  });
}

const NARRATIVE = 'Anak tetangga saya sering dipukul ayahnya.';

/** A Blora reporter at the summary, with Cepu as the kecamatan; returns the confirming message's bytes. */
async function reporterAtConfirmation(number: string): Promise<{ reporter: WhatsAppReporter; confirm: string }> {
  const reporter = new WhatsAppReporter(runtime, 'blora', number);
  await answerUntilDanger(reporter, { narrative: NARRATIVE, place: 'Desa Ngloram' });
  await reporter.tap('danger:tidak');
  await reporter.tap('id:anon');
  await reporter.tap('consent:yes');
  reporter.newReplies();
  const confirm = JSON.stringify(
    messagePayload(
      { phoneNumberId: reporter.phoneNumberId, from: reporter.number },
      { type: 'button_reply', id: 'confirm:send', title: 'Kirim laporan' },
    ),
  );
  return { reporter, confirm };
}

const caseCount = async () => (await runtime.scanAll()).filter((item) => item.type === 'Case').length;

describe('WhatsApp message the use case refuses', () => {
  it('points the reporter to the hotline once, answers 200, and does not run a redelivery again', async () => {
    // Prepare
    const { reporter, confirm } = await reporterAtConfirmation('6281377711001');
    const casesBefore = await caseCount();
    const draftBefore = await findConversationItem(runtime, 'blora', reporter.number);

    // Act
    const first = await handlerAfterKecamatanEdit('blora', 'Cepu')(webhookEvent(runtime, confirm), {} as Context);
    const fallback = reporter.newReplies();
    const redelivered = await postWebhook(runtime, confirm);

    // Assess
    expect(first.statusCode).toBe(200);
    expect(fallback).toHaveLength(1);
    const text = textOf(fallback[0]!.message);
    expect(text).toContain('belum dapat kami proses');
    expect(text).toContain('0895-3914-04000');
    expect(text.indexOf('Maaf')).toBeLessThan(text.indexOf('Sorry'));
    expect(text).not.toContain('Ngloram');
    expect(text).not.toContain(NARRATIVE);
    expect(redelivered.status).toBe(200);
    expect(reporter.newReplies()).toEqual([]);
    expect(await caseCount()).toBe(casesBefore);
    expect((await findConversationItem(runtime, 'blora', reporter.number))?.version).toBe(draftBefore?.version);
  });

  it('answers 503 and leaves the message to Meta when the hotline reply cannot be sent', async () => {
    // Prepare
    const { reporter, confirm } = await reporterAtConfirmation('6281377711002');
    const graphApiDown = {
      send: async () => {
        throw new Error('injected: Graph API unreachable');
      },
    };

    // Act
    const failed = await handlerAfterKecamatanEdit('blora', 'Cepu', graphApiDown)(webhookEvent(runtime, confirm), {} as Context);
    const redelivered = await handlerAfterKecamatanEdit('blora', 'Cepu')(webhookEvent(runtime, confirm), {} as Context);

    // Assess
    expect(failed.statusCode).toBe(503);
    expect(redelivered.statusCode).toBe(200);
    const replies = reporter.newReplies();
    expect(replies).toHaveLength(1);
    expect(textOf(replies[0]!.message)).toContain('belum dapat kami proses');
  });
});
