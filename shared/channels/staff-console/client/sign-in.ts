/**
 * Signing staff in: OAuth 2.0 authorization code + PKCE against Cognito's managed login (or the local dev
 * login that mimics it), then the ID token kept for the API.
 *
 * Why sessionStorage and not a cookie: the token is bound to one tab and gone when it closes (shared
 * office PCs), it is never sent by the browser on its own (no CSRF surface on the state-changing routes),
 * and reporter pages on the same origin never receive a staff credential. The price, readability by
 * script in the page, is paid down by the CSP: only the hashed client runs, Trusted Types forbid every
 * HTML sink, and the client builds all content with createElement/textContent (dom.ts).
 */
import type { ConsoleSignIn } from '../console-sign-in.js';
import { ApiError } from './api-error.js';
import { base64Url, isUsable } from './token.js';

const TOKEN_KEY = 'laporAman.staff.idToken';
const PKCE_KEY = 'laporAman.staff.pkce';

interface PendingSignIn {
  readonly verifier: string;
  readonly state: string;
  /** Where the staff member was (a case's hash): they come back to it. */
  readonly hash: string;
}

export interface StaffSignIn {
  /** The ID token, while it is usable; an expired one is forgotten. */
  token(): string | undefined;
  forget(): void;
  /** Sends the browser to the authorization endpoint. */
  begin(): Promise<void>;
  /** Back from the authorization endpoint with `code` and `state`: exchanges the code for the ID token. */
  complete(params: URLSearchParams): Promise<void>;
  /** Ends the identity provider's own session too, where there is one: true when the browser is leaving for it. */
  leave(): boolean;
}

const redirectUri = () => location.origin + location.pathname;

function randomText(size: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(size)));
}

export function createSignIn(config: ConsoleSignIn): StaffSignIn {
  return {
    token() {
      const token = sessionStorage.getItem(TOKEN_KEY);
      if (token && isUsable(token, Date.now())) return token;
      sessionStorage.removeItem(TOKEN_KEY);
      return undefined;
    },

    forget: () => sessionStorage.removeItem(TOKEN_KEY),

    async begin() {
      const pending: PendingSignIn = { verifier: randomText(48), state: randomText(16), hash: location.hash };
      sessionStorage.setItem(PKCE_KEY, JSON.stringify(pending));
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(pending.verifier));
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: config.clientId,
        redirect_uri: redirectUri(),
        scope: config.scope,
        state: pending.state,
        code_challenge: base64Url(new Uint8Array(digest)),
        code_challenge_method: 'S256',
      });
      location.assign(`${config.authorizeUrl}?${query}`);
    },

    async complete(params) {
      const pending = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? 'null') as PendingSignIn | null;
      sessionStorage.removeItem(PKCE_KEY);
      history.replaceState(null, '', location.pathname + (pending?.hash ?? ''));
      const code = params.get('code');
      if (!pending || params.get('state') !== pending.state || !code) {
        throw new ApiError(400, undefined, 'Proses masuk tidak lengkap. Silakan masuk lagi.');
      }
      const response = await fetch(config.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: config.clientId,
          code,
          redirect_uri: redirectUri(),
          code_verifier: pending.verifier,
        }).toString(),
      });
      const tokens = (response.ok ? await response.json() : {}) as { id_token?: unknown };
      if (typeof tokens.id_token !== 'string') throw new ApiError(401, undefined, 'Gagal masuk. Silakan coba lagi.');
      sessionStorage.setItem(TOKEN_KEY, tokens.id_token);
    },

    leave() {
      if (!config.logoutUrl) return false;
      const query = new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri() });
      location.assign(`${config.logoutUrl}?${query}`);
      return true;
    },
  };
}
