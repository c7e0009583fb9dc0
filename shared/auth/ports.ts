/** What staff authentication needs from the outside world: a verifier of staff tokens. */
import type { StaffPrincipal } from './staff-principal.js';

export interface StaffTokenVerifier {
  /** The token's principal; throws `UnauthenticatedError` for anything that is not a valid staff token. */
  verify(token: string): Promise<StaffPrincipal>;
}
