/** The staff ID token as the console handles it: PKCE text, its claims, whether it is still worth sending (pure). */

/** Bytes as base64url without padding (PKCE verifier, state, challenge). */
export function base64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The token's payload, unverified (the API verifies it); undefined when it is not a JWT. */
export function claimsOf(token: string): { readonly exp?: number } | undefined {
  try {
    const part = (token.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof claims === 'object' && claims !== null ? claims : undefined;
  } catch {
    return undefined;
  }
}

/** Half a minute of margin: a token about to expire would fail mid-request. */
const MARGIN_MS = 30_000;

/** Whether `token` may still be sent at `nowMs`. */
export function isUsable(token: string, nowMs: number): boolean {
  const exp = claimsOf(token)?.exp;
  return typeof exp === 'number' && exp * 1000 >= nowMs + MARGIN_MS;
}
