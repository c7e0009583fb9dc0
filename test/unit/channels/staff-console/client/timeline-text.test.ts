import { describe, expect, it } from 'vitest';
import { describeTimelineEntry } from '#shared/channels/staff-console/client/timeline-text.js';
import type { TimelineView } from '#shared/staff/timeline-page.js';
import { labels } from './console-labels.js';

const at = '2026-12-02T06:36:00.000Z';
const by = { id: 'petugas@blora.go.id', name: 'Petugas jaga Blora', role: 'responder' } as const;

describe('describeTimelineEntry', () => {
  it.each<[string, TimelineView, string]>([
    ['a web report', { kind: 'received', at, channel: 'web', reporterRole: 'witness' }, 'Laporan diterima lewat formulir web. Pelapor: Saksi / orang lain yang mengetahui.'],
    [
      'a desk report',
      { kind: 'received', at, channel: 'walk-in', reporterRole: 'family', by },
      'Laporan diterima lewat datang langsung, dicatat oleh Petugas jaga Blora. Pelapor: Keluarga korban.',
    ],
    ['an alert', { kind: 'alert', at, event: 'overdue', state: 'cancelled' }, 'SMS eskalasi: belum diasesmen: dibatalkan karena kasus sudah diasesmen.'],
    [
      'a closing',
      { kind: 'status', at, by, from: 'penanganan', to: 'selesai', closingReason: 'reintegrasi_sosial' },
      'Petugas jaga Blora mengubah status: Sedang ditangani → Selesai (Reintegrasi sosial).',
    ],
    ['an assignment', { kind: 'assignment', at, by, assignee: { id: 'a@blora.go.id', name: 'Ani' } }, 'Petugas jaga Blora menugaskan Ani.'],
    ['a release', { kind: 'assignment', at, by }, 'Petugas jaga Blora melepas penugasan.'],
    [
      'a reveal',
      { kind: 'reveal', at, by, reasonKind: 'penjangkauan_korban' },
      'Petugas jaga Blora membuka identitas pelapor (Penjangkauan korban).',
    ],
    ['a reveal recorded before reasons had kinds', { kind: 'reveal', at, by }, 'Petugas jaga Blora membuka identitas pelapor (alasan lama, tidak ditampilkan).'],
    [
      'a reveal request',
      { kind: 'revealRequest', at, by, reasonKind: 'rujukan_polisi' },
      'Petugas jaga Blora meminta izin membuka identitas pelapor (Rujukan ke polisi (UPPA)).',
    ],
    [
      'an approval',
      { kind: 'revealDecision', at, by: { ...by, name: 'Supervisor' }, approved: true, requestedBy: by },
      'Supervisor menyetujui permintaan Petugas jaga Blora membuka identitas pelapor (sekali, dalam 24 jam).',
    ],
    [
      'files a reporter added',
      { kind: 'addendum', at, media: [{ kind: 'image', caption: 'memar' }, { kind: 'audio' }], contactBack: true },
      'Pelapor menambahkan foto ("memar"), pesan suara; bersedia dihubungi kembali.',
    ],
    ['a later answer', { kind: 'addendum', at, media: [], contactBack: false }, 'Pelapor menambahkan; tidak ingin dihubungi.'],
    [
      'answers given after an early emergency filing',
      {
        kind: 'addendum',
        at,
        media: [],
        answers: { narrative: ['Dia pergi tadi malam.'], kecamatan: 'Cepu', victim: { ageGroup: 'anak_6_12', gender: 'perempuan' } },
      },
      'Pelapor menambahkan cerita: "Dia pergi tadi malam."; kecamatan Cepu; korban: Anak 6–12 tahun, Perempuan.',
    ],
    [
      'words the reporter changed',
      { kind: 'addendum', at, media: [], edited: { text: 'Ralat: dipukul ibunya.', label: 'diubah oleh pelapor' } },
      'Pelapor menambahkan. Pesan diubah oleh pelapor: "Ralat: dipukul ibunya.".',
    ],
  ])('tells %s in one sentence', (_what, entry, text) => {
    // Act
    const told = describeTimelineEntry(entry, labels);

    // Assess
    expect(told).toEqual({ text });
  });

  it('names the case a referral opened in another regency', () => {
    // Prepare
    const entry: TimelineView = {
      kind: 'referral',
      at,
      by,
      referralId: 'r1',
      partner: { partnerId: 'p1', kind: 'uptd_lain', name: 'UPTD PPA Purwakarta' },
      shareDetails: false,
      overridden: false,
      linkedCase: { tenantId: 'purwakarta', reference: 'PWK-2026-00001' },
      purpose: 'Korban pindah',
    };

    // Act
    const told = describeTimelineEntry(entry, labels);

    // Assess
    expect(told).toEqual({
      text: 'Petugas jaga Blora merujuk ke UPTD PPA Purwakarta. Kasus baru di purwakarta: PWK-2026-00001.',
      note: 'Korban pindah',
    });
  });

  it('keeps a note\'s text apart, as written', () => {
    // Act
    const told = describeTimelineEntry({ kind: 'note', at, by, action: 'penjangkauan', text: 'Kunjungan besok.\nBawa pendamping.' }, labels);

    // Assess
    expect(told).toEqual({ text: 'Petugas jaga Blora mencatat (Penjangkauan korban):', note: 'Kunjungan besok.\nBawa pendamping.' });
  });

  it('names an entry of a kind this console does not know yet rather than hide it', () => {
    // Act
    const told = describeTimelineEntry({ kind: 'futureKind', at } as unknown as TimelineView, labels);

    // Assess
    expect(told).toEqual({ text: 'futureKind' });
  });
});
