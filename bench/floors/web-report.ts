/**
 * Floor of the web-report function: the intake clients and schemas, Secrets Manager (the key that turns a
 * client address into an abuse-limit counter) and the abuse configuration schema.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { AbuseCloudConfig } from '../../shared/abuse/abuse-cloud-config.js';
import { floorHandler } from '../floor-parts/intake-floor.js';

export const handler = floorHandler([new SecretsManagerClient({})], [AbuseCloudConfig]);
