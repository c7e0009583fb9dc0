/**
 * The alert publisher once regencies keep a directory and a rota: every SMS goes to the people the rota
 * names at that moment, one SNS `Publish` per person's number, each behind its own delivery record (a
 * retry after an outage re-sends only to whom it did not reach); the regency's topic still gets every
 * alert for its other subscribers (e-mail). Each SMS carries the case's alert link; who got it is written
 * on the case's timeline (names, never numbers).
 */
import type { AlertPublisher, AppLogger, CaseAlert, Clock, PublishedAlert } from '../intake/ports.js';
import type { Assignee } from '../staff/timeline.js';
import { type AlertRoutingDependencies, routeAlert } from './alert-routing.js';

/** The opaque link of a case (`/staff/a/<id>`): made once per case, the same in every SMS about it. */
export interface AlertLinks {
  linkIdFor(tenantId: string, caseId: string): Promise<string>;
  resolve(linkId: string): Promise<{ readonly tenantId: string; readonly caseId: string } | undefined>;
}

/** Writes an alert step on the case's timeline once (a retried alert is recorded once, by its key). */
export interface AlertTimeline {
  recordRecipients(
    tenantId: string,
    caseId: string,
    changeKey: string,
    entry: { readonly at: string; readonly event: CaseAlert['event'] | 'assigned'; readonly to: readonly Assignee[]; readonly nobodyOnCall?: boolean },
  ): Promise<void>;
}

export interface OnCallPublisherDependencies extends AlertRoutingDependencies {
  /** SMS to one person's number, behind the delivery log (shared/alerts/idempotent-alert-publisher.ts). */
  readonly people: AlertPublisher;
  /** The regency's topic, behind the delivery log. */
  readonly topic: AlertPublisher;
  readonly links: AlertLinks;
  readonly timeline: AlertTimeline;
  /** Where the console answers (`https://…`), for the links in SMS. */
  readonly linkBase: () => string;
  readonly clock: Clock;
  readonly logger: AppLogger;
}

export const ALERT_LINK_PATH = '/staff/a/';

export class OnCallAlertPublisher implements AlertPublisher {
  constructor(private readonly deps: OnCallPublisherDependencies) {}

  async publish(alert: CaseAlert): Promise<PublishedAlert> {
    const { deps } = this;
    const route = await routeAlert(deps, alert, deps.clock.now());
    if (route.kind === 'topic') return deps.topic.publish(alert);
    if (route.kind === 'no-chain' || route.kind === 'no-recipient') return { messageId: `${route.kind}:${alert.dedupeId}` };

    const link = await alertLink(deps, alert.tenantId, alert.caseId);
    // People first: theirs are the SMS that get the case handled.
    for (const recipient of route.people) {
      await deps.people.publish({ ...alert, link, recipient, dedupeId: `${alert.dedupeId}:${recipient.personId}` });
    }
    // An assignment is personal: the regency's topic (e-mail subscribers) is not told.
    const published =
      alert.event === 'assigned' ? { messageId: `assigned:${alert.dedupeId}` } : await deps.topic.publish({ ...alert, link });
    await recordOnTimeline(deps, alert, route.people, route.nobodyOnCall, alert.event);
    if (route.nobodyOnCall) deps.logger.warn('nobody on call: supervisors alerted', { tenant: alert.tenantId, caseId: alert.caseId, event: alert.event });
    return published;
  }
}

export async function alertLink(deps: Pick<OnCallPublisherDependencies, 'links' | 'linkBase'>, tenantId: string, caseId: string) {
  return `${deps.linkBase()}${ALERT_LINK_PATH}${await deps.links.linkIdFor(tenantId, caseId)}`;
}

/** The timeline is the record, not the delivery: a failure to write it is logged and never re-sends an SMS. */
export async function recordOnTimeline(
  deps: Pick<OnCallPublisherDependencies, 'timeline' | 'clock' | 'logger'>,
  alert: Pick<CaseAlert, 'tenantId' | 'caseId' | 'dedupeId'>,
  people: readonly { readonly personId: string; readonly name: string }[],
  nobodyOnCall: boolean,
  event: CaseAlert['event'] | 'assigned',
): Promise<void> {
  try {
    await deps.timeline.recordRecipients(alert.tenantId, alert.caseId, `alert:${alert.dedupeId}`, {
      at: deps.clock.now().toISOString(),
      event,
      to: people.map(({ personId, name }) => ({ id: personId, name })),
      ...(nobodyOnCall ? { nobodyOnCall } : {}),
    });
  } catch (error) {
    deps.logger.warn('alert recipients not written on the timeline', {
      tenant: alert.tenantId,
      caseId: alert.caseId,
      errorName: error instanceof Error ? error.name : 'unknown',
    });
  }
}
