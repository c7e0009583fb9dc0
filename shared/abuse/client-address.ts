/**
 * Client addresses are personal data (UU PDP): they are counted, never stored. A request's source address is
 * reduced to its network (an IPv6 host usually holds a whole /64, so counting single IPv6 addresses would
 * count nothing) and digested with a server key. The key matters: there are only 2^32 IPv4 addresses, so an
 * unkeyed hash would be reversed by trying them all.
 */
import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';
import type { AddressDigester } from './ports.js';

/** Shortest key accepted; the stacks generate 64 random characters. */
export const ADDRESS_KEY_MIN_BYTES = 32;

/** The network a request is counted under: the IPv4 address, or the first 64 bits of an IPv6 address. */
export function clientNetwork(sourceIp: string): string {
  const address = sourceIp.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
  // Not an address (API Gateway always gives one): counted as it is, still only as a digest.
  return address;
}

/** Eight 16-bit groups, so `2001:db8::1` and `2001:0db8:0:0::1` fall in the same network. */
function expandIPv6(address: string): string[] {
  const withoutZone = address.split('%')[0] ?? address;
  const [head = '', tail] = withoutZone.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').flatMap(embeddedIPv4));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}

/** `::1.2.3.4`-style tails are two groups. */
function embeddedIPv4(group: string): string[] {
  if (!isIPv4(group)) return [group];
  const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

/** HMAC-SHA256 of the client network under a server key (cloud: Secrets Manager; local: derived from the local key). */
export class HmacAddressDigester implements AddressDigester {
  constructor(private readonly key: () => Promise<Buffer>) {}

  async digest(sourceIp: string): Promise<string> {
    const key = await this.key();
    if (key.length < ADDRESS_KEY_MIN_BYTES) throw new Error('the client-address key must hold at least 32 bytes');
    return createHmac('sha256', key)
      .update(`lapor-aman/client-address/v1\0${clientNetwork(sourceIp)}`, 'utf8')
      .digest('hex')
      .slice(0, 32);
  }
}
