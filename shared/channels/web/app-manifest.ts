/**
 * The one-press page as a home-screen app: a web app manifest under a neutral name ("Layanan Blora") and
 * icon, opening `/{tenant}/darurat`. No service worker: nothing of a report is cached on the phone.
 */
import type { Language } from '../../domain/vocabulary.js';
import type { Tenant } from '../../tenancy/tenant.js';
import { APP_ICON_SIZE } from './app-icon.js';
import { neutralServiceName } from './page-layout.js';

/** The bar colour of the installed app: the icon's blue, which says nothing either. */
export const APP_THEME_COLOR = '#0b4fb3';

export const pressPagePath = (tenant: Pick<Tenant, 'id'>) => `/${tenant.id}/darurat`;
/** The manifest in the page's language: the installed app opens the page in it. */
export const manifestPath = (tenant: Pick<Tenant, 'id'>, lang: Language) =>
  `/${tenant.id}/manifest.webmanifest${lang === 'en' ? '?lang=en' : ''}`;
export const appIconPath = (tenant: Pick<Tenant, 'id'>) => `/${tenant.id}/icon.png`;

/** "Layanan Blora": short enough for a launcher label, neutral like the page titles. */
export function shortServiceName(tenant: Pick<Tenant, 'displayName'>): string {
  return neutralServiceName({ displayName: tenant.displayName.replace(/^(Kabupaten|Kota)\s+/i, '') });
}

/** The manifest's JSON for one regency, in the language the page was opened in. */
export function renderManifest(tenant: Tenant, lang: Language): string {
  const start = pressPagePath(tenant);
  const icon = { src: appIconPath(tenant), sizes: `${APP_ICON_SIZE}x${APP_ICON_SIZE}`, type: 'image/png' };
  return JSON.stringify({
    id: start,
    name: neutralServiceName(tenant),
    short_name: shortServiceName(tenant),
    lang,
    start_url: lang === 'en' ? `${start}?lang=en` : start,
    scope: start,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: APP_THEME_COLOR,
    icons: [
      { ...icon, purpose: 'any' },
      { ...icon, purpose: 'maskable' },
    ],
  });
}
