/** Identity reveals, reveal requests and decisions in words: the reason's kind, never its text. */
import type { TimelineView } from '#shared/staff/timeline-page.js';
import type { Labels } from './labels.js';
import type { TimelineText } from './timeline-text.js';

type RevealView = Extract<TimelineView, { kind: 'reveal' | 'revealRequest' | 'revealDecision' }>;

export function revealTimelineText(entry: RevealView, labels: Labels): TimelineText {
  switch (entry.kind) {
    case 'reveal': {
      const why = entry.reasonKind ? labels.text('revealReasonKind', entry.reasonKind) : 'alasan lama, tidak ditampilkan';
      return { text: `${entry.by.name} membuka identitas pelapor (${why}).` };
    }
    case 'revealRequest':
      return { text: `${entry.by.name} meminta izin membuka identitas pelapor (${labels.text('revealReasonKind', entry.reasonKind)}).` };
    case 'revealDecision':
      return {
        text: entry.approved
          ? `${entry.by.name} menyetujui permintaan ${entry.requestedBy.name} membuka identitas pelapor (sekali, dalam 24 jam).`
          : `${entry.by.name} menolak permintaan ${entry.requestedBy.name} membuka identitas pelapor.`,
      };
  }
}
