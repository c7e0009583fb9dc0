/** The list filters staff can ask for, as query parameters (repeated values arrive comma-joined), or one reference. */
import * as z from 'zod';
import type { StaffSession } from '../auth/authenticate-staff.js';
import { normaliseReference, REFERENCE_PATTERN } from '../domain/reference.js';
import { CaseStatus, Category, Channel, Urgency } from '../domain/vocabulary.js';
import { localDateOf, nextDate, startOfLocalDay } from './local-dates.js';
import type { CaseFilter } from './ports.js';

const listOf = <S extends z.ZodType<unknown, string>>(item: S) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((value) => value.trim()).filter(Boolean))
    .pipe(z.array(item).min(1).max(20));

/** The years the yearly numbers allow too; beyond them a date no longer converts to an instant. */
export const CaseDate = z.iso.date().refine((date) => date >= '2000-01-01' && date <= '2100-12-31', 'a date in 2000–2100');

export const CaseListQuery = z
  .object({
    status: listOf(CaseStatus).optional(),
    urgency: listOf(Urgency).optional(),
    category: listOf(Category).optional(),
    channel: listOf(Channel).optional(),
    kecamatan: z.string().trim().min(1).max(80).optional(),
    /** Calendar dates in the regency's time zone, both inclusive. */
    from: CaseDate.optional(),
    to: CaseDate.optional(),
    /** `me`: the caller's cases; `none`: cases nobody has taken yet. */
    assignee: z.enum(['me', 'none']).optional(),
    /** Only cases whose close request waits for a supervisor. */
    closeRequested: z.literal('true').optional(),
    /** A case reference exactly (the one an SMS names): every other filter is then ignored. */
    reference: z.string().max(40).transform(normaliseReference).pipe(z.string().regex(REFERENCE_PATTERN, 'a case reference such as BLR-2026-00042')).optional(),
    /** Only cases whose plan's day has passed (`tindak lanjut terlambat`). */
    followUp: z.literal('terlambat').optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z.string().max(200).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: '"from" must not be after "to"',
    path: ['to'],
  });
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export function toCaseFilter(query: CaseListQuery, session: StaffSession, now: Date): CaseFilter {
  const zone = session.tenant.timeZone;
  return {
    statuses: query.status,
    urgencies: query.urgency,
    categories: query.category,
    channels: query.channel,
    kecamatan: query.kecamatan,
    createdFrom: query.from ? startOfLocalDay(query.from, zone) : undefined,
    createdBefore: query.to ? startOfLocalDay(nextDate(query.to), zone) : undefined,
    assigneeId: query.assignee === 'me' ? session.staff.id : undefined,
    unassigned: query.assignee === 'none' || undefined,
    closeRequested: query.closeRequested === 'true' || undefined,
    followUpBefore: query.followUp ? localDateOf(now, zone) : undefined,
  };
}
