import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '#shared/auth/staff-principal.js';

const cognitoIdToken = {
  sub: '7d8e2a40-1111-4c4c-9999-0123456789ab',
  'cognito:username': '7d8e2a40-1111-4c4c-9999-0123456789ab',
  email: 'Rina.Sari@Blorakab.go.id',
  name: 'Rina Sari',
  'custom:tenant': 'blora',
  'custom:role': 'supervisor',
  token_use: 'id',
  exp: 1_796_000_000,
};

describe('principalFromClaims', () => {
  it('takes tenant and role from the custom claims and the work email as id', () => {
    // Assess
    expect(principalFromClaims(cognitoIdToken)).toEqual({
      tenantId: 'blora',
      role: 'supervisor',
      id: 'rina.sari@blorakab.go.id',
      name: 'Rina Sari',
    });
  });

  it('falls back to the username, then the subject, when no name or email is given', () => {
    // Act
    const { email: _email, name: _name, ...bare } = cognitoIdToken;

    // Assess
    expect(principalFromClaims(bare)).toMatchObject({ id: cognitoIdToken.sub, name: cognitoIdToken['cognito:username'] });
  });

  it('returns nothing when the tenant or role claim is missing or not one of ours', () => {
    // Assess
    expect(principalFromClaims({ ...cognitoIdToken, 'custom:role': 'admin' })).toBeUndefined();
    expect(principalFromClaims({ ...cognitoIdToken, 'custom:tenant': 'Blora Kab' })).toBeUndefined();
    const { 'custom:tenant': _tenant, ...noTenant } = cognitoIdToken;
    expect(principalFromClaims(noTenant)).toBeUndefined();
  });

  it('returns nothing for a token without an expiry or one that is not an ID token', () => {
    // Act
    const { exp: _exp, ...neverExpiring } = cognitoIdToken;

    // Assess
    expect(principalFromClaims(neverExpiring)).toBeUndefined();
    expect(principalFromClaims({ ...cognitoIdToken, token_use: 'access' })).toBeUndefined();
  });
});
