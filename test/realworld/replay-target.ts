/** The running product a replay talks to, and the local secrets it needs to talk to it as Meta and a call system do. */

export interface ReplayTarget {
  /** Base URL of the product (`npm start`), without a trailing slash. */
  readonly api: string;
  /** The WhatsApp app secret: signs webhook bodies and opens the local reply outbox. */
  readonly appSecret: string;
  /** Each tenant's WhatsApp phone-number id, the only key that routes a webhook to a tenant. */
  readonly phoneNumberIds: Readonly<Record<string, string>>;
  /** Each tenant's call-center API key. */
  readonly callCenterKeys: Readonly<Record<string, string>>;
  /** A staff ID token of the tenant, to read a filed case's narrative as staff do. */
  staffToken(tenant: string): string;
}

/** One replay run: every fixture of a run gets its own fresh reporter number and run-unique ids. */
export interface ReplayRun {
  /** Short and unique per run: suffixes message ids and call ids. */
  readonly id: string;
  /** A fresh Indonesian mobile number in WhatsApp's form (62…), never used before in this run. */
  nextNumber(): string;
  /** 1, 2, 3, …: published examples share message ids, and the product dedupes by id across senders. */
  nextSerial(): number;
}

export function createReplayRun(id = Date.now().toString(36)): ReplayRun {
  // Six digits from the run id keep numbers of different runs apart; the counter keeps this run's apart.
  const prefix = `6281${String(Number.parseInt(id, 36) % 1_000_000).padStart(6, '0')}`;
  let numbers = 0;
  let serials = 0;
  return {
    id,
    nextNumber: () => `${prefix}${String(++numbers).padStart(3, '0')}`,
    nextSerial: () => ++serials,
  };
}

/** One fixture's outcome: the reason says what failed, never a reporter's words. */
export interface ReplayResult {
  readonly id: string;
  readonly pass: boolean;
  readonly reason?: string;
}

export const pass = (id: string): ReplayResult => ({ id, pass: true });
export const fail = (id: string, reason: string): ReplayResult => ({ id, pass: false, reason });

/** The JSON of a response, or undefined when it is not JSON. */
export async function jsonOf(response: Response): Promise<Record<string, any> | undefined> {
  const text = await response.text();
  try {
    return JSON.parse(text) as Record<string, any>;
  } catch {
    return undefined;
  }
}
