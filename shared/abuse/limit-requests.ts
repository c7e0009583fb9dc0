/**
 * Per-sender limits, called by the channels' handlers before any work. Intake fails open: a report is never
 * refused because the counter cannot be reached (it is the one promise to reporters that outranks abuse
 * control). Status checks fail closed (503): a check can wait, and a counter outage must not open the door
 * to guessing.
 */
import { TooManyRequestsError } from '../errors.js';
import type { AppLogger, Clock } from '../intake/ports.js';
import { hashApiKey } from '../tenancy/api-keys.js';
import { placeInWindow } from './counter-window.js';
import type { RateLimit } from './limits.js';
import type { AbuseControls, CounterScope } from './ports.js';

export interface AbuseDependencies {
  readonly abuse: AbuseControls;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

/** Who sent a report, as its channel knows it. */
export type IntakeSender =
  | { readonly channel: 'web'; readonly sourceIp: string }
  | { readonly channel: 'call-center'; readonly apiKey: string };

interface CountedRequest {
  readonly rule: RateLimit;
  readonly scope: CounterScope;
  readonly subject: string;
}

/** Counts a report against its sender's limit; throws `TooManyRequestsError` only when the count says so. */
export async function limitIntake(deps: AbuseDependencies, tenantId: string, sender: IntakeSender): Promise<void> {
  const { limits, addresses } = deps.abuse;
  try {
    const counted: CountedRequest =
      sender.channel === 'web'
        ? { rule: limits.webIntakePerAddress, scope: 'web-intake', subject: await addresses.digest(sender.sourceIp) }
        : { rule: limits.callCenterIntakePerKey, scope: 'call-center-intake', subject: hashApiKey(sender.apiKey) };
    await countRequest(deps, tenantId, counted);
  } catch (error) {
    if (error instanceof TooManyRequestsError) throw error;
    deps.logger.warn('abuse counter unavailable, report let through', {
      tenant: tenantId,
      channel: sender.channel,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
  }
}

/** Counts a status check against its client network's limit (web; WhatsApp senders are counted by the conversation). */
export async function limitStatusChecks(deps: AbuseDependencies, tenantId: string, sourceIp: string): Promise<void> {
  const subject = await deps.abuse.addresses.digest(sourceIp);
  await countRequest(deps, tenantId, { rule: deps.abuse.limits.statusChecksPerAddress, scope: 'status-check', subject });
}

async function countRequest(deps: AbuseDependencies, tenantId: string, counted: CountedRequest): Promise<void> {
  const { window, secondsLeft } = placeInWindow(counted.rule, deps.clock.now(), { tenantId, ...counted });
  const count = await deps.abuse.counters.add(window, 1);
  if (count <= counted.rule.limit) return;
  // Once per window, not once per refused request: a flood must not flood the logs too.
  if (count === counted.rule.limit + 1) deps.logger.warn('rate limit reached', { tenant: tenantId, scope: counted.scope });
  throw new TooManyRequestsError(secondsLeft);
}
