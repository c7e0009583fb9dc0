/**
 * A replay fixture: a payload someone published (Meta's webhook reference, AWS's documentation, public
 * test data) or one this repository wrote in the same shape, with the answer the product must give.
 * The shape is the one of `../shared/fixtures/realworld/`; only the fields the replay reads are checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';

/**
 * `expect`: a WhatsApp reply (`reply`), 200 without a reply (`silent`), 200 with a reply or without
 * (`ack`), or a filed case (`case`).
 */
export const RealworldFixture = z.discriminatedUnion('channel', [
  z.object({
    id: z.string().min(1),
    channel: z.literal('whatsapp'),
    tenant: z.string().min(1),
    expect: z.enum(['reply', 'silent', 'ack']),
    /** A batch that repeats one message: it must get as many replies as that message alone. */
    sameAsSingle: z.boolean().optional(),
    published: z.object({ entry: z.array(z.unknown()) }).loose(),
  }),
  z.object({
    id: z.string().min(1),
    channel: z.literal('call-center'),
    tenant: z.string().min(1),
    expect: z.literal('case'),
    /** The call's metadata the product's body needs; the replay adds a call id unique to the run. */
    call: z.record(z.string(), z.unknown()),
    /** Words the caller said, and the agent: checked in the narrative when `attributionCounted`. */
    callerWords: z.string().min(1).optional(),
    agentWords: z.string().min(1).optional(),
    attributionCounted: z.boolean().default(false),
    published: z.unknown(),
  }),
]);
export type RealworldFixture = z.infer<typeof RealworldFixture>;
export type WhatsAppFixture = Extract<RealworldFixture, { channel: 'whatsapp' }>;
export type CallCenterFixture = Extract<RealworldFixture, { channel: 'call-center' }>;

/** A fixture file, read: the fixture, or why it cannot be replayed. */
export type LoadedFixture =
  | { readonly id: string; readonly fixture: RealworldFixture }
  | { readonly id: string; readonly problem: string };

/** Every `*.json` in the folder, in name order. */
export function loadFixtures(folder: string): LoadedFixture[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.json$/, '');
      try {
        const parsed = RealworldFixture.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
        if (parsed.success) return { id: parsed.data.id, fixture: parsed.data };
        const [issue] = parsed.error.issues;
        return { id, problem: `not a replay fixture: ${issue?.path.join('.') || '(file)'}: ${issue?.message}` };
      } catch (error) {
        return { id, problem: `unreadable: ${(error as Error).message}` };
      }
    });
}
