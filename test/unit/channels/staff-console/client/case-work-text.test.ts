import { describe, expect, it } from 'vitest';
import { describeTimelineEntry } from '#shared/channels/staff-console/client/timeline-text.js';
import { labels } from './console-labels.js';

const at = '2026-12-02T06:36:00.000Z';
const by = { id: 'petugas@blora.go.id', name: 'Petugas jaga Blora', role: 'responder' } as const;

describe('describeTimelineEntry for case work', () => {
  it('says which classification fields changed from what to what, the reason apart', () => {
    // Act
    const text = describeTimelineEntry(
      {
        kind: 'classification',
        at,
        by,
        from: { categories: ['kekerasan_fisik'], urgency: 'NORMAL' },
        to: { categories: ['kekerasan_seksual', 'kdrt'], urgency: 'TINGGI' },
        reason: 'Dipegang-pegang pamannya',
      },
      labels,
    );

    // Assess
    expect(text).toEqual({
      text: 'Petugas jaga Blora mengoreksi klasifikasi: jenis kekerasan Kekerasan fisik → Kekerasan seksual, KDRT (kekerasan dalam rumah tangga); urgensi Normal → Tinggi. Alasan:',
      note: 'Dipegang-pegang pamannya',
    });
  });

  it('names a kecamatan a report did not have as a dash', () => {
    // Act
    const { text } = describeTimelineEntry({ kind: 'classification', at, by, from: {}, to: { kecamatan: 'Cepu' }, reason: 'x' }, labels);

    // Assess
    expect(text).toBe('Petugas jaga Blora mengoreksi klasifikasi: kecamatan – → Cepu. Alasan:');
  });

  it('reads an assessment in SIMFONI-PPA\'s words, each perpetrator in turn', () => {
    // Act
    const text = describeTimelineEntry(
      {
        kind: 'assessment',
        at,
        by,
        assessment: {
          formsOfViolence: ['seksual', 'psikis'],
          contexts: ['perkawinan_anak'],
          place: 'rumah_tangga',
          victim: { ageBand: '13_17', sex: 'perempuan', disability: { present: true, kinds: ['rungu'] }, education: 'smp' },
          perpetrators: [
            { sex: 'laki_laki', ageBand: '25_44', relation: 'suami_istri' },
            { sex: 'perempuan', ageBand: 'tidak_diketahui', relation: 'orang_tua' },
          ],
        },
      },
      labels,
    );

    // Assess
    expect(text).toEqual({
      text:
        'Petugas jaga Blora mencatat asesmen: bentuk kekerasan Seksual, Psikis; Perkawinan anak; tempat Rumah tangga; ' +
        'korban Perempuan, 13–17 tahun, disabilitas Sensorik rungu, pendidikan SMP / sederajat; ' +
        'terlapor 1: Laki-laki, 25–44 tahun, Suami / istri; terlapor 2: Perempuan, Tidak diketahui, Orang tua.',
      note: undefined,
    });
  });
});
