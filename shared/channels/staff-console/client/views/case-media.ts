/**
 * The case's files (evidence): listed from the case-media route, each opened only when staff ask, since
 * every opening is audited. Bytes come with the token and are shown from a blob: URL (the CSP allows blob:
 * images and media, nothing remote); documents download. Blob URLs are revoked when the page changes.
 */
import type { CaseMediaFile } from '#shared/staff/case-media.js';
import { section, timeEl } from '../controls.js';
import { h } from '../dom.js';
import type { ViewContext } from '../view-context.js';

const openedUrls = new Set<string>();

/** Frees the bytes of every file opened on the page being left (a new page, or the case shown anew). */
function revokeOpenedMedia(): void {
  for (const url of openedUrls) URL.revokeObjectURL(url);
  openedUrls.clear();
}
window.addEventListener('hashchange', revokeOpenedMedia);

export function mediaSection(ctx: ViewContext, caseId: string): HTMLElement {
  revokeOpenedMedia();
  const list = h('ul', { class: 'evidence', 'data-testid': 'evidence' });
  const status = h('p', { text: 'Memuat daftar berkas…' });
  void ctx.api.caseMedia(caseId).then(
    ({ files }) => {
      status.textContent = files.length
        ? 'Setiap berkas yang dibuka tercatat di log audit (siapa, berkas apa, kapan).'
        : 'Tidak ada berkas pada kasus ini.';
      list.append(...files.map((file, index) => fileItem(ctx, caseId, file, index + 1)));
    },
    (error: unknown) => {
      status.textContent = 'Daftar berkas tidak dapat dimuat.';
      ctx.frame.fail(error);
    },
  );
  return section('h-evidence', 'Berkas bukti', [status, list]);
}

type Shown = 'image' | 'audio' | 'video' | 'download';

function shownAs(file: CaseMediaFile): Shown {
  if (file.disposition === 'attachment') return 'download';
  if (file.contentType.startsWith('image/')) return 'image';
  if (file.contentType.startsWith('audio/')) return 'audio';
  return file.contentType.startsWith('video/') ? 'video' : 'download';
}

const OPEN_LABEL: Readonly<Record<Shown, string>> = {
  image: 'Tampilkan foto',
  audio: 'Putar audio',
  video: 'Putar video',
  download: 'Unduh berkas',
};

function fileItem(ctx: ViewContext, caseId: string, file: CaseMediaFile, number: number): HTMLLIElement {
  const shown = shownAs(file);
  const name = `${ctx.labels.text('mediaKind', file.kind)} ${number}`;
  const button = h('button', { type: 'button', class: 'secondary', text: OPEN_LABEL[shown], 'aria-label': `${OPEN_LABEL[shown]}: ${name}` });
  const item = h('li', null, [
    h('span', { class: 'evidence-name', text: name }),
    ` · ${formatSize(file.size)} · diterima `,
    timeEl(ctx, file.addedAt),
    ' ',
    button,
  ]);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const answer = await ctx.api.openMedia(caseId, file.objectId);
      item.append(answer instanceof Blob ? viewer(shown, answer, file, name) : linkTo(answer.link.url, file.fileName));
      button.remove();
      ctx.frame.announce(`${name} dibuka dan tercatat di log audit.`);
    } catch (error) {
      button.disabled = false;
      ctx.frame.fail(error);
    }
  });
  return item;
}

function viewer(shown: Shown, blob: Blob, file: CaseMediaFile, name: string): HTMLElement {
  const url = URL.createObjectURL(blob);
  openedUrls.add(url);
  if (shown === 'image') return h('img', { src: url, alt: `${name} dari pelapor`, class: 'evidence-view', 'data-testid': 'evidence-image' });
  if (shown === 'audio') return h('audio', { src: url, controls: true, 'aria-label': name, 'data-testid': 'evidence-audio' });
  if (shown === 'video') return h('video', { src: url, controls: true, 'aria-label': name, class: 'evidence-view' });
  return linkTo(url, file.fileName);
}

/** A download of our own file name (a blob: URL, or the short-lived link to a large file). */
function linkTo(url: string, fileName: string): HTMLElement {
  return h('p', null, [h('a', { href: url, download: fileName, rel: 'noopener', text: `Simpan ${fileName}` })]);
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
