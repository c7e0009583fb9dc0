/**
 * Where the console sends staff to sign in: an OAuth 2.0 authorization server with authorization code +
 * PKCE (no client secret in a browser). In the cloud that is the staff user pool's managed login; locally
 * the dev login (local/dev-login-route.ts) mimics its two endpoints.
 */
export interface ConsoleSignIn {
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  /** Ends the identity provider's own session too; without one, signing out only forgets the token. */
  readonly logoutUrl?: string;
  readonly scope: string;
}

/** Cognito managed login on the pool's domain, e.g. `https://lapor-aman-staff.auth.ap-southeast-3.amazoncognito.com`. */
export function cognitoConsoleSignIn(domainUrl: string, clientId: string): ConsoleSignIn {
  const base = domainUrl.replace(/\/+$/, '');
  return {
    authorizeUrl: `${base}/oauth2/authorize`,
    tokenUrl: `${base}/oauth2/token`,
    logoutUrl: `${base}/logout`,
    clientId,
    scope: 'openid email profile',
  };
}
