import { describe, expect, it } from 'vitest';
import { phoneCallLink, publicBaseUrl, reportFormUrl, whatsAppChatLink } from '#shared/channels/poster/poster-links.js';
import { InvalidInputError } from '#shared/errors.js';

describe('whatsAppChatLink', () => {
  it.each([
    ['0895-3914-04000', 'https://wa.me/62895391404000?text=Halo'],
    ['0878 2060 0744', 'https://wa.me/6287820600744?text=Halo'],
    ['+62 811-129-129', 'https://wa.me/62811129129?text=Halo'],
    ['62811129129', 'https://wa.me/62811129129?text=Halo'],
  ])('links %s to a chat with a neutral greeting', (number, link) => {
    // Act
    const result = whatsAppChatLink(number);

    // Assess
    expect(result).toBe(link);
  });
});

describe('phoneCallLink', () => {
  it('dials the international number when the line is written the Indonesian way', () => {
    // Assess
    expect(phoneCallLink('0812-7185-7372')).toBe('tel:+6281271857372');
  });
});

describe('publicBaseUrl', () => {
  it('prefers the configured address, without a trailing slash, whatever the request says', () => {
    // Act
    const base = publicBaseUrl('https://lapor.example.go.id/', { host: 'attacker.example', forwardedProto: 'http' });

    // Assess
    expect(base).toBe('https://lapor.example.go.id');
  });

  it.each([
    [{ host: 'api.example.id', forwardedProto: 'https' }, 'https://api.example.id'],
    [{ host: 'API.example.id' }, 'https://api.example.id'],
    [{ host: 'localhost:3000' }, 'http://localhost:3000'],
    [{ host: '127.0.0.1:8080', forwardedProto: 'https' }, 'https://127.0.0.1:8080'],
    [{ host: 'api.example.id', forwardedProto: 'https, http' }, 'https://api.example.id'],
    [{ host: 'api.example.id', forwardedProto: 'gopher' }, 'https://api.example.id'],
  ])('derives the address from the request when none is configured (%o)', (request, expected) => {
    // Act
    const base = publicBaseUrl(undefined, request);

    // Assess
    expect(base).toBe(expected);
  });

  it.each([undefined, '', 'evil.example/path', 'a b', 'x"><script>'])('refuses a host that is no host name (%s)', (host) => {
    // Act
    const derive = () => publicBaseUrl(undefined, { host });

    // Assess
    expect(derive).toThrow(InvalidInputError);
  });

  it('accepts a host name of 253 characters, the DNS limit, with a port', () => {
    // Prepare
    const host = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;

    // Act
    const base = publicBaseUrl(undefined, { host: `${host}:8443` });

    // Assess
    expect(host).toHaveLength(253);
    expect(base).toBe(`https://${host}:8443`);
  });

  it('refuses a host name longer than 253 characters, which no QR code on the poster could hold', () => {
    // Prepare
    const labels = Array.from({ length: 36 }, () => 'a'.repeat(63));

    // Act
    const tooLong = () => publicBaseUrl(undefined, { host: `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}` });
    const huge = () => publicBaseUrl(undefined, { host: labels.join('.') });

    // Assess
    expect(tooLong).toThrow(InvalidInputError);
    expect(huge).toThrow(InvalidInputError);
  });
});

describe('reportFormUrl', () => {
  it("appends the regency's form path when given a base address", () => {
    // Assess
    expect(reportFormUrl('https://lapor.example.go.id/app', { id: 'mesuji' })).toBe('https://lapor.example.go.id/app/mesuji/lapor');
  });
});
