import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_ICON_SIZE, appIconPng } from '#shared/channels/web/app-icon.js';
import { renderManifest } from '#shared/channels/web/app-manifest.js';
import { TenantsConfig } from '#shared/tenancy/tenant.js';

const { tenants } = TenantsConfig.parse(JSON.parse(readFileSync(new URL('../../../../config/tenants.json', import.meta.url), 'utf8')));

describe('renderManifest', () => {
  it.each(tenants.map((t) => [t.id, t] as const))('opens the one-press page of %s under a neutral name', (id, tenant) => {
    // Act
    const manifest = JSON.parse(renderManifest(tenant, 'id'));

    // Assess
    expect(manifest).toMatchObject({
      id: `/${id}/darurat`,
      start_url: `/${id}/darurat`,
      scope: `/${id}/darurat`,
      display: 'standalone',
      name: `Layanan ${tenant.displayName}`,
      short_name: `Layanan ${tenant.displayName.replace('Kabupaten ', '')}`,
    });
    expect(`${manifest.name} ${manifest.short_name}`).not.toMatch(/lapor|kekerasan|darurat|pengaduan|perempuan|anak/i);
    expect(manifest.icons).toEqual([
      { src: `/${id}/icon.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `/${id}/icon.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });

  it('opens the page in English when it was added to the home screen in English', () => {
    // Act
    const manifest = JSON.parse(renderManifest(tenants[0]!, 'en'));

    // Assess
    expect(manifest.start_url).toBe(`/${tenants[0]!.id}/darurat?lang=en`);
    expect(manifest.lang).toBe('en');
  });
});

describe('appIconPng', () => {
  it('draws a 512 px square PNG whose edges are plain background, safe for any launcher mask', () => {
    // Act
    const png = PNG.sync.read(appIconPng());
    const pixel = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];

    // Assess
    expect([png.width, png.height]).toEqual([APP_ICON_SIZE, APP_ICON_SIZE]);
    expect(pixel(0, 0)).toEqual([0x0b, 0x4f, 0xb3]);
    expect(pixel(511, 511)).toEqual([0x0b, 0x4f, 0xb3]);
    // The figure: a white dot in the centre, inside the 80 % circle masks keep.
    expect(pixel(256, 256)).toEqual([255, 255, 255]);
  });
});
