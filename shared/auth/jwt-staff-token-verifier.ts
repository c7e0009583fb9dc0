/**
 * Staff tokens are ID tokens (JWT, RS256). ID tokens, not access tokens: Cognito puts custom attributes
 * (`custom:tenant`, `custom:role`) only into ID tokens unless a pre-token-generation trigger copies them,
 * and the console needs nothing else from the token. aws-jwt-verify checks signature, expiry, issuer,
 * audience (the console's client id) and token use; the claims are then parsed with zod.
 */
import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { UnauthenticatedError } from '../errors.js';
import type { StaffTokenVerifier } from './ports.js';
import { principalFromClaims, type StaffPrincipal } from './staff-principal.js';

type VerifyJwt = (token: string) => Promise<unknown>;

export class JwtStaffTokenVerifier implements StaffTokenVerifier {
  constructor(private readonly verifyJwt: VerifyJwt) {}

  async verify(token: string): Promise<StaffPrincipal> {
    let payload: unknown;
    try {
      payload = await this.verifyJwt(token);
    } catch (error) {
      // The library's message may quote claims; callers only ever see the generic 401.
      throw new UnauthenticatedError({ cause: error });
    }
    const principal = principalFromClaims(payload);
    if (!principal) throw new UnauthenticatedError();
    return principal;
  }
}

/** Cloud: ID tokens of the staff user pool's console client; the pool's JWKS is fetched once and cached. */
export function createCognitoStaffTokenVerifier(config: { userPoolId: string; clientId: string }): StaffTokenVerifier {
  const verifier = CognitoJwtVerifier.create({ userPoolId: config.userPoolId, clientId: config.clientId, tokenUse: 'id' });
  return new JwtStaffTokenVerifier((token) => verifier.verify(token));
}

/**
 * Local runtime and tests: tokens of the local dev login, checked against its preloaded public key only.
 * `verifySync` never downloads a JWKS, so a token signed by any other key fails without a network call.
 */
export function createPreloadedKeyStaffTokenVerifier(config: {
  issuer: string;
  audience: string;
  jwks: Jwks;
}): StaffTokenVerifier {
  const verifier = JwtVerifier.create({ issuer: config.issuer, audience: config.audience });
  verifier.cacheJwks(config.jwks);
  return new JwtStaffTokenVerifier(async (token) => verifier.verifySync(token));
}
