/** The AES key of a case-keyed (v2) envelope: both the KMS data key and the case's secret are needed. */
import { hkdfSync } from 'node:crypto';
import { contextAad, type EncryptionContext } from './encryption-context.js';

const INFO_PREFIX = Buffer.from('lapor-aman/case-key/v2\0', 'utf8');

export function deriveCaseKeyedDataKey(dataKey: Buffer, caseSecret: Buffer, context: EncryptionContext): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, caseSecret, Buffer.concat([INFO_PREFIX, contextAad(context)]), 32));
}
