/**
 * The event a schedule (EventBridge) sends the alert jobs. Jobs read their time from the Clock, never
 * from the event; the schema only refuses what is not a scheduled invocation at all.
 */
import * as z from 'zod';

export const ScheduledTick = z.looseObject({
  source: z.string().optional(),
  'detail-type': z.string().optional(),
  time: z.string().optional(),
});
export type ScheduledTick = z.infer<typeof ScheduledTick>;
