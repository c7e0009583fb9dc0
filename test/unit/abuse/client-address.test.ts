import { describe, expect, it } from 'vitest';
import { clientNetwork, HmacAddressDigester } from '#shared/abuse/client-address.js';

const key = Buffer.alloc(32, 7);
const digester = new HmacAddressDigester(async () => key);

describe('clientNetwork', () => {
  it('counts an IPv4 address on its own when it comes plain or IPv4-mapped', () => {
    // Act
    const networks = ['203.0.113.9', '::ffff:203.0.113.9', ' 203.0.113.9 '].map(clientNetwork);

    // Assess
    expect(networks).toEqual(['203.0.113.9', '203.0.113.9', '203.0.113.9']);
  });

  it('counts every address of one IPv6 /64 together whatever their spelling', () => {
    // Act
    const networks = ['2001:db8:aa:1::1', '2001:0DB8:00aa:0001:ffff:1:2:3', '2001:db8:aa:1:0:0:0:9%eth0'].map(clientNetwork);

    // Assess
    expect(new Set(networks)).toEqual(new Set(['2001:db8:aa:1::/64']));
    expect(clientNetwork('2001:db8:aa:2::1')).not.toBe(networks[0]);
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });
});

describe('HmacAddressDigester', () => {
  it('gives one network one digest that shows nothing of the address', async () => {
    // Act
    const [a, b, c] = await Promise.all(['198.51.100.7', '::ffff:198.51.100.7', '198.51.100.8'].map((ip) => digester.digest(ip)));

    // Assess
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(a).not.toContain('198');
  });

  it('gives another digest under another key, so a leaked table cannot be matched to addresses', async () => {
    // Act
    const other = new HmacAddressDigester(async () => Buffer.alloc(32, 8));

    // Assess
    expect(await other.digest('198.51.100.7')).not.toBe(await digester.digest('198.51.100.7'));
  });

  it('refuses a key shorter than 32 bytes', async () => {
    // Act
    const weak = new HmacAddressDigester(async () => Buffer.alloc(16, 1));

    // Assess
    await expect(weak.digest('198.51.100.7')).rejects.toThrow('32 bytes');
  });
});
