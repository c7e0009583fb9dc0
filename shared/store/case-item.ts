/** Reading a stored case item back: the plaintext routing fields every reader of cases needs. */
import type { CaseStatus, Category, Channel, Service, Urgency } from '../domain/vocabulary.js';

export const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The attributes `routingFieldsOf` reads (plus `type`): project them, never the sealed parts. */
export const ROUTING_FIELDS = [
  'type',
  'tenantId',
  'caseId',
  'reference',
  'channel',
  'service',
  'category',
  'urgency',
  'status',
  'kecamatan',
  'createdAt',
  'dueAt',
  'slaStartedAt',
] as const;

/** Written by submitReport alone, so their types hold; the sealed parts are never read here. */
export function routingFieldsOf(item: Record<string, unknown>) {
  return {
    tenantId: String(item.tenantId),
    caseId: String(item.caseId),
    reference: String(item.reference),
    channel: item.channel as Channel,
    service: item.service as Service,
    category: item.category as Category,
    urgency: item.urgency as Urgency,
    status: item.status as CaseStatus,
    kecamatan: optionalString(item.kecamatan),
    createdAt: String(item.createdAt),
    dueAt: String(item.dueAt),
    slaStartedAt: optionalString(item.slaStartedAt),
  };
}
