/**
 * Cloud adapter for the WhatsApp Cloud API (Meta Graph API): sends replies and downloads media with the
 * tenant's access token. `fetch` is injectable so tests run it against a local fake, never the internet.
 */
import { createHash } from 'node:crypto';
import type { Tenant } from '../../tenancy/tenant.js';
import { type OutgoingMessage, toGraphMessage } from './outgoing-message.js';
import {
  type DownloadedMedia,
  MediaUnavailableError,
  WhatsAppApiError,
  type WhatsAppMediaSource,
  type WhatsAppSecrets,
  type WhatsAppSender,
} from './ports.js';
import type { WhatsAppUser } from './webhook-payload.js';

export interface GraphApiOptions {
  /** `https://graph.facebook.com` in production. */
  readonly baseUrl: string;
  /** e.g. `v25.0`. */
  readonly version: string;
  /** Larger files are refused (WhatsApp's own limit for audio and video is 16 MB). */
  readonly maxMediaBytes: number;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** Where media downloads may come from: Meta's CDN hosts by default (no request to anywhere else). */
  readonly isAllowedMediaUrl?: (url: URL) => boolean;
}

const META_MEDIA_HOSTS = /(^|\.)(fbsbx\.com|facebook\.com|fbcdn\.net|whatsapp\.net)$/;
const isMetaMediaUrl = (url: URL) => url.protocol === 'https:' && META_MEDIA_HOSTS.test(url.hostname);

interface MediaInfo {
  readonly url?: unknown;
  readonly mime_type?: unknown;
  readonly sha256?: unknown;
  readonly file_size?: unknown;
}

export class GraphApiClient implements WhatsAppSender, WhatsAppMediaSource {
  private readonly fetch: typeof fetch;

  constructor(
    private readonly secrets: Pick<WhatsAppSecrets, 'accessToken'>,
    private readonly options: GraphApiOptions,
  ) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async send(tenant: Tenant, to: WhatsAppUser, message: OutgoingMessage): Promise<void> {
    const response = await this.call(tenant, `${encodeURIComponent(phoneNumberIdOf(tenant))}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(toGraphMessage(to, message)),
    });
    if (!response.ok) throw await apiError(response);
    await response.arrayBuffer();
  }

  async download(tenant: Tenant, mediaId: string): Promise<DownloadedMedia> {
    // phone_number_id makes Meta check that the file was sent to this tenant's number.
    const path = `${encodeURIComponent(mediaId)}?phone_number_id=${encodeURIComponent(phoneNumberIdOf(tenant))}`;
    const infoResponse = await this.call(tenant, path, { method: 'GET' });
    if (infoResponse.status === 404 || infoResponse.status === 400) {
      await infoResponse.arrayBuffer();
      throw new MediaUnavailableError('not-found');
    }
    if (!infoResponse.ok) throw await apiError(infoResponse);
    const info = (await infoResponse.json()) as MediaInfo;
    const url = typeof info.url === 'string' && URL.canParse(info.url) ? new URL(info.url) : undefined;
    if (!url || !(this.options.isAllowedMediaUrl ?? isMetaMediaUrl)(url)) throw new MediaUnavailableError('not-found');
    if (Number(info.file_size) > this.options.maxMediaBytes) throw new MediaUnavailableError('too-large');

    const file = await this.fetchWithToken(tenant, url, { method: 'GET' });
    if (file.status === 404) {
      await file.arrayBuffer();
      throw new MediaUnavailableError('not-found');
    }
    if (!file.ok) throw await apiError(file);
    if (Number(file.headers.get('content-length') ?? 0) > this.options.maxMediaBytes) {
      await file.body?.cancel();
      throw new MediaUnavailableError('too-large');
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.length > this.options.maxMediaBytes) throw new MediaUnavailableError('too-large');
    if (typeof info.sha256 === 'string' && info.sha256 !== createHash('sha256').update(bytes).digest('hex')) {
      throw new MediaUnavailableError('corrupt');
    }
    const contentType = typeof info.mime_type === 'string' ? info.mime_type : (file.headers.get('content-type') ?? '');
    return { contentType: contentType || 'application/octet-stream', bytes };
  }

  private call(tenant: Tenant, path: string, init: RequestInit): Promise<Response> {
    const base = this.options.baseUrl.replace(/\/+$/, '');
    return this.fetchWithToken(tenant, new URL(`${base}/${this.options.version}/${path}`), init);
  }

  private async fetchWithToken(tenant: Tenant, url: URL, init: RequestInit): Promise<Response> {
    const token = await this.secrets.accessToken(tenant);
    return this.fetch(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
  }
}

function phoneNumberIdOf(tenant: Tenant): string {
  if (!tenant.whatsapp) throw new Error(`tenant ${tenant.id} has no WhatsApp number`);
  return tenant.whatsapp.phoneNumberId;
}

/** Meta's error code only: the message text may quote the recipient, so it is never kept. */
async function apiError(response: Response): Promise<WhatsAppApiError> {
  const body = (await response.json().catch(() => undefined)) as { error?: { code?: unknown } } | undefined;
  const code = typeof body?.error?.code === 'number' ? body.error.code : undefined;
  return new WhatsAppApiError(response.status, code);
}
