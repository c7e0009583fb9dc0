import { describe, expect, it } from 'vitest';
import { TranscribeChannelOutput, turnsFromChannels } from '#shared/channels/call-center/transcribe-channels.js';
import { channelsCall } from '../../../fixtures/call-center/call-fixtures.js';
import { spokenOnChannels } from '../../../fixtures/call-center/transcribe-items.js';

const parse = (raw: unknown) => TranscribeChannelOutput.parse(raw);

describe('turnsFromChannels', () => {
  it("gives the named agent channel the agent's role and the other channel the caller's", () => {
    // Act
    const turns = turnsFromChannels(parse(channelsCall().transcribe), { agent: 'ch_1' });

    // Assess
    expect(turns.map((t) => [t.speaker, t.role])).toEqual([
      ['ch_1', 'agent'],
      ['ch_0', 'caller'],
      ['ch_1', 'agent'],
      ['ch_0', 'caller'],
      ['ch_1', 'agent'],
    ]);
    expect(turns[1]?.text).toBe('Siang, Bu. Adik saya umur enam belas tahun dilecehkan majikannya di toko tempat dia kerja.');
  });

  it('leaves every role unknown when the call does not name the agent channel', () => {
    // Act
    const turns = turnsFromChannels(parse(channelsCall().transcribe), {});

    // Assess
    expect(turns.map((t) => t.role)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("keeps the caller's sentence whole and orders turns by when they began when both sides talk at once", () => {
    // Prepare: the agent says "Iya, Bu?" while the caller is still speaking.
    const output = parse(
      spokenOnChannels(
        { label: 'ch_0', startSec: 0, turns: ['Tolong, Bu, anak saya dipukul.', 'Dia masih di kamar.'] },
        { label: 'ch_1', startSec: 1.0, turns: ['Iya, Bu?'] },
      ),
    );
    const callerItems = output.results.channel_labels.channels[0]?.items ?? [];
    // A pause of two seconds before the caller's second sentence.
    for (const item of callerItems.slice(-5)) {
      if (item.start_time !== undefined) item.start_time += 2;
      if (item.end_time !== undefined) item.end_time += 2;
    }

    // Act
    const turns = turnsFromChannels(output, { agent: 'ch_1' });

    // Assess
    expect(turns).toEqual([
      { speaker: 'ch_0', role: 'caller', text: 'Tolong, Bu, anak saya dipukul.', startSec: 0 },
      { speaker: 'ch_1', role: 'agent', text: 'Iya, Bu?', startSec: 1 },
      { speaker: 'ch_0', role: 'caller', text: 'Dia masih di kamar.', startSec: 4 },
    ]);
  });

  it("labels a word with its channel's label when the word carries none", () => {
    // Prepare
    const raw = spokenOnChannels({ label: 'ch_0', startSec: 0, turns: ['Anak saya dipukul.'] });
    for (const item of raw.results.channel_labels.channels[0]?.items ?? []) delete item.channel_label;

    // Act
    const turns = turnsFromChannels(parse(raw), {});

    // Assess
    expect(turns).toEqual([{ speaker: 'ch_0', role: undefined, text: 'Anak saya dipukul.', startSec: 0 }]);
  });
});
