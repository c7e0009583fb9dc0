/**
 * `GET /staff`: one static page that holds the whole console. Its client is TypeScript built by esbuild
 * (client/, see console-client-build.ts) and inlined here, allowed by its hash; the page carries no case
 * data and needs no token: everything it shows comes from the staff API afterwards.
 */
import { sha256 } from '../web/page-layout.js';
import { consoleConfig } from './console-config.js';
import type { ConsoleSignIn } from './console-sign-in.js';
import { CONSOLE_STYLE } from './console-style.js';

export interface ConsolePage {
  readonly html: string;
  /** Only the hashed script and style run; the API and the token endpoint are all it may connect to. */
  readonly csp: string;
}

/** The page around `clientScript`, the built client (the same text every time: its hash is the CSP). */
export function renderConsolePage(signIn: ConsoleSignIn, clientScript: string): ConsolePage {
  // `<` escaped so that no value can close the data block.
  const configJson = JSON.stringify(consoleConfig(signIn)).replaceAll('<', '\\u003c');
  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Konsol petugas · Lapor Aman</title>
<link rel="icon" href="data:,">
<style>${CONSOLE_STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Langsung ke isi</a>
<header class="top">
<span class="brand">Lapor Aman · Petugas</span>
<nav id="nav" aria-label="Menu konsol"></nav>
<span class="who" id="who"></span>
</header>
<div id="status" role="status"></div>
<div id="alert" role="alert"></div>
<main id="main" tabindex="-1">
<h1>Konsol petugas</h1>
<noscript><p>Konsol petugas memerlukan JavaScript. Formulir laporan untuk masyarakat tetap bekerja tanpa JavaScript.</p></noscript>
</main>
<script type="application/json" id="console-config">${configJson}</script>
<script>${clientScript}</script>
</body>
</html>
`;
  return { html, csp: consoleCsp(signIn, clientScript) };
}

function consoleCsp(signIn: ConsoleSignIn, clientScript: string): string {
  const tokenOrigin = absoluteOrigin(signIn.tokenUrl);
  return [
    "default-src 'none'",
    `script-src ${sha256(clientScript)}`,
    `style-src ${sha256(CONSOLE_STYLE)}`,
    `connect-src 'self'${tokenOrigin ? ` ${tokenOrigin}` : ''}`,
    // Evidence opens as blob: URLs of bytes fetched with the token (client/views/case-media.ts), nothing remote.
    "img-src 'self' data: blob:",
    "media-src blob:",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    // No HTML sink may take a string at all: the client only ever builds DOM nodes.
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
}

/** The origin of an absolute URL (the cloud token endpoint); undefined for a same-origin path. */
function absoluteOrigin(url: string): string | undefined {
  return /^https?:\/\//.test(url) ? new URL(url).origin : undefined;
}
