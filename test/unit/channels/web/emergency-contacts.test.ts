import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emergencyAdvice, emergencyContacts } from '#shared/channels/web/emergency-contacts.js';
import { TenantsConfig } from '#shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')));
const byId = (id: string) => tenants.find((t) => t.id === id)!;

describe('emergencyContacts', () => {
  it('puts 112 first, then 110, SAPA 129 by call and by WhatsApp, then the regency', () => {
    // Act
    const contacts = emergencyContacts(byId('blora'));

    // Assess
    expect(contacts.map((c) => [c.number, c.kind, c.href])).toEqual([
      ['112', 'phone', 'tel:112'],
      ['110', 'phone', 'tel:110'],
      ['129', 'phone', 'tel:129'],
      ['08111-129-129', 'whatsapp', 'https://wa.me/628111129129?text=Halo'],
      ['0895-3914-04000', 'whatsapp', 'https://wa.me/62895391404000?text=Halo'],
    ]);
    expect(contacts.at(-1)?.hours).toBe('24 jam');
  });

  it('calls a regency line that is a phone when the tenant lists one', () => {
    // Act
    const mesuji = emergencyContacts(byId('mesuji')).at(-1);

    // Assess
    expect(mesuji).toMatchObject({ number: '0812-7185-7372', kind: 'phone', href: 'tel:081271857372', hours: 'jam kerja' });
  });

  it('gives the national numbers alone when no regency is known', () => {
    // Act
    const contacts = emergencyContacts();

    // Assess
    expect(contacts.map((c) => c.number)).toEqual(['112', '110', '129', '08111-129-129']);
  });
});

describe('emergencyAdvice', () => {
  it('tells a JSON client in both languages to call 112 and lists the numbers with their links', () => {
    // Act
    const advice = emergencyAdvice(byId('purwakarta'));

    // Assess
    expect(advice.message.id).toContain('112');
    expect(advice.message.en).toContain('alerted now');
    expect(advice.numbers[0]).toEqual({ label: { id: 'Darurat nasional', en: 'National emergency' }, number: '112', kind: 'phone', href: 'tel:112' });
    expect(advice.numbers.at(-1)?.href).toBe('https://wa.me/6287820600744?text=Halo');
  });
});
