/**
 * The staff console's client: signs staff in, asks the API who they are, then shows the place the hash
 * names (router.ts). Built by esbuild into the one script the page inlines (console-client-build.ts).
 */
import { type ConsoleSession, createStaffApi } from './api.js';
import { h } from './dom.js';
import { createFrame } from './frame.js';
import { createLabels } from './labels.js';
import { createOnCallBanner, type OnCallBanner } from './on-call-banner.js';
import { readPageConfig } from './page-config.js';
import { CASES_HASH, isCurrent, type NavLink, navLinks, type Route, routeOf } from './router.js';
import { createSignIn } from './sign-in.js';
import type { ViewContext } from './view-context.js';
import { showAlertLink } from './views/alert-link.js';
import { showAudit } from './views/audit.js';
import { showCase } from './views/case-page.js';
import { showCases } from './views/case-list.js';
import { showDirectory } from './views/directory.js';
import { showNumbers } from './views/numbers.js';
import { showNumbersReport } from './views/numbers-report.js';
import { showRota } from './views/rota.js';
import { showSignedOut } from './views/signed-out.js';
import { showWalkIn } from './views/walk-in.js';
import { showPartners } from './views/partners.js';

const config = readPageConfig();
const labels = createLabels(config.labels);
const frame = createFrame();
const signIn = createSignIn(config.signIn);
const api = createStaffApi(config.apiBase, {
  token: () => signIn.token(),
  ended: () => {
    signIn.forget();
    signedOut('Sesi berakhir. Silakan masuk kembali.');
  },
});
let context: ViewContext | undefined;
let banner: OnCallBanner | undefined;
/** The menu's links, to mark the current page. */
let menu: { readonly link: NavLink; readonly element: HTMLAnchorElement }[] = [];

function signedOut(message?: string): void {
  context = undefined;
  banner?.remove();
  banner = undefined;
  menu = [];
  frame.setChrome([], '');
  if (message) frame.announce(message);
  showSignedOut(frame, () => void signIn.begin());
}

function signOut(): void {
  signIn.forget();
  context = undefined;
  if (signIn.leave()) return;
  history.replaceState(null, '', location.pathname);
  signedOut('Anda sudah keluar.');
}

function showChrome(session: ConsoleSession): void {
  menu = navLinks(session).map((link) => ({ link, element: h('a', { href: link.href, text: link.text }) }));
  const who = `${session.staff.name} · ${labels.text('role', session.staff.role)} · ${session.tenant.displayName}`;
  frame.setChrome([...menu.map(({ element }) => element), h('button', { type: 'button', onclick: signOut, text: 'Keluar' })], who);
}

function show(ctx: ViewContext, route: Route): void {
  switch (route.view) {
    case 'case':
      void showCase(ctx, route.caseId);
      break;
    case 'walk-in':
      showWalkIn(ctx);
      break;
    case 'numbers':
      void showNumbers(ctx);
      break;
    case 'numbers-report':
      void showNumbersReport(ctx, route.year, route.month);
      break;
    case 'audit':
      showAudit(ctx);
      break;
    case 'partners':
      void showPartners(ctx);
      break;
    case 'cases':
      showCases(ctx);
      break;
    case 'rota':
      void showRota(ctx);
      break;
    case 'directory':
      void showDirectory(ctx);
      break;
    case 'alert-link':
      void showAlertLink(ctx, route.linkId);
      break;
  }
}

function route(): void {
  if (!context) return;
  frame.clearMessages();
  const current = routeOf(location.hash || CASES_HASH, context.session);
  for (const { link, element } of menu) {
    if (isCurrent(link, current)) element.setAttribute('aria-current', 'page');
    else element.removeAttribute('aria-current');
  }
  show(context, current);
  void banner?.refresh();
}

async function start(): Promise<void> {
  window.addEventListener('hashchange', route);
  try {
    const params = new URLSearchParams(location.search);
    if (params.has('code') || params.has('error')) await signIn.complete(params);
    if (!signIn.token()) return signedOut();
    const session = await api.me();
    context = { session, api, frame, labels, noteMaxLength: config.noteMaxLength };
    showChrome(session);
    banner = createOnCallBanner(api, session.staff.role === 'supervisor', document.getElementById('status') ?? document.body);
    route();
  } catch (error) {
    if (!context) signedOut();
    frame.fail(error);
  }
}

void start();
