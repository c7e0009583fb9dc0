/**
 * The product's secrets in Secrets Manager, by name (functions read them by the names in their config). The
 * stacks create each with a random value: right as it is for generated keys and the verify token; a
 * placeholder for what Meta issues, so the webhook fails closed (no signature verifies, no reply is sent)
 * until the IT officer puts the real value (README "Deploy").
 */
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { type CfnSecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import type { TenantWhatsApp } from '#shared/tenancy/tenant.js';
import { ABUSE_ADDRESS_KEY_NAME, PRODUCT, WHATSAPP_SECRET_PREFIX, WHATSAPP_SECRETS } from '../naming.js';

export interface SecretSpec {
  readonly name: string;
  readonly description: string;
  /** Issued by Meta and pasted in by the IT officer (otherwise the generated value is the real one). */
  readonly issuedByMeta: boolean;
  /** Generate 64 hex digits (a 32-byte key) rather than 64 letters and digits. */
  readonly hex?: boolean;
}

const NOT_HEX = 'ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ';

export function createProductSecret(scope: Construct, id: string, spec: SecretSpec): Secret {
  if (!spec.name.startsWith(`${PRODUCT}/`)) throw new Error(`secret "${spec.name}" must start with "${PRODUCT}/"`);
  const secret = new Secret(scope, id, {
    secretName: spec.name,
    description: `Lapor Aman: ${spec.description}`,
    generateSecretString: {
      passwordLength: 64,
      excludePunctuation: true,
      ...(spec.hex ? { excludeCharacters: NOT_HEX } : {}),
    },
    // Issued credentials can be reissued at Meta; generated ones only matter while the deployment lives.
    removalPolicy: RemovalPolicy.DESTROY,
  });
  Validations.of(secret.node.defaultChild as CfnSecret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason: spec.issuedByMeta
      ? 'Meta issues this credential; no rotation Lambda can obtain a new one. The IT officer rotates it at Meta and puts the new value (README "Deploy").'
      : 'Rotating this HMAC key or token would break what it protects (blind indexes and rate counters computed with it, the token pasted into Meta); it never leaves Secrets Manager and the functions that use it.',
  });
  return secret;
}

/** The deployment's own: Meta app secret, webhook verify token, blind-index key, client-address key. */
export function createDeploymentSecrets(scope: Construct): Secret[] {
  return [
    createProductSecret(scope, 'WhatsAppAppSecret', {
      name: WHATSAPP_SECRETS.WHATSAPP_APP_SECRET_NAME,
      description: "Meta app secret: verifies the X-Hub-Signature-256 of the WhatsApp webhook's calls",
      issuedByMeta: true,
    }),
    createProductSecret(scope, 'WhatsAppVerifyToken', {
      name: WHATSAPP_SECRETS.WHATSAPP_VERIFY_TOKEN_NAME,
      description: "the token Meta's webhook verification handshake must echo (paste it into Meta's webhook settings)",
      issuedByMeta: false,
    }),
    createProductSecret(scope, 'WhatsAppBlindIndexKey', {
      name: WHATSAPP_SECRETS.WHATSAPP_BLIND_INDEX_KEY_NAME,
      description: "HMAC key of the blind index of reporters' WhatsApp numbers (never stored in clear)",
      issuedByMeta: false,
      hex: true,
    }),
    createProductSecret(scope, 'AbuseAddressKey', {
      name: ABUSE_ADDRESS_KEY_NAME,
      description: "HMAC key of web clients' addresses for rate limits (addresses are never stored in clear)",
      issuedByMeta: false,
    }),
  ];
}

/** A tenant's own: its number's access token, and an app secret when its number is in another Meta app. */
export function createTenantWhatsAppSecrets(scope: Construct, whatsapp: TenantWhatsApp): Secret[] {
  const named = (name: string) => {
    if (!name.startsWith(WHATSAPP_SECRET_PREFIX)) {
      throw new Error(`WhatsApp secret "${name}" must start with "${WHATSAPP_SECRET_PREFIX}" (config/tenants.json)`);
    }
    return name;
  };
  const secrets = [
    createProductSecret(scope, 'WhatsAppAccessToken', {
      name: named(whatsapp.accessTokenSecretName),
      description: 'WhatsApp Cloud API access token (system user) of this number: sends replies to reporters',
      issuedByMeta: true,
    }),
  ];
  if (whatsapp.appSecretName) {
    secrets.push(
      createProductSecret(scope, 'WhatsAppAppSecret', {
        name: named(whatsapp.appSecretName),
        description: "Meta app secret of this number's app: verifies the webhook's signatures",
        issuedByMeta: true,
      }),
    );
  }
  return secrets;
}
