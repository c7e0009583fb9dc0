/**
 * Cost that stays flat as the years pass (issue 23, item 6): one regency with ten years of cases beside one
 * with a single year, the same number of cases in the year asked for. The yearly numbers, a dated and
 * filtered list, search by reference and the CSV of one year, through the staff API of the local runtime;
 * each should take at most 2× the small regency's time.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import type { LocalRuntime } from '#local/runtime.js';
import { caseYearAttributes, keys } from '#shared/store/table-design.js';
import { startBenchRuntime, timed } from './bench-runtime.js';
import { median, ms } from './stats.js';

export const YEARLY_GOAL_RATIO = 2;
const CASES_PER_YEAR = 500;
const YEAR = 2026;
const KECAMATAN = 'Blora';
const BIG = { tenantId: 'blora', prefix: 'BLR', kecamatan: ['Banjarejo', KECAMATAN], years: 10 };
const SMALL = { tenantId: 'purwakarta', prefix: 'PWK', kecamatan: ['Babakancikao', KECAMATAN], years: 1 };

export interface YearlyRead {
  readonly name: string;
  readonly smallMs: number;
  readonly bigMs: number;
  readonly ratio: number;
}

/** Case items as intake stores them (routing fields and index keys; no sealed part is read by these routes). */
function caseItems(regency: typeof BIG, year: number): Record<string, unknown>[] {
  return Array.from({ length: CASES_PER_YEAR }, (_, index) => {
    const created = new Date(Date.UTC(year, 0, 1, 3) + index * Math.floor((365 * 86_400_000) / CASES_PER_YEAR));
    const createdAt = created.toISOString();
    const caseId = ulid(created.getTime());
    const reference = `${regency.prefix}-${year}-${String(index + 1).padStart(5, '0')}`;
    return {
      ...keys.case(regency.tenantId, caseId),
      ...caseYearAttributes(regency.tenantId, createdAt),
      type: 'Case',
      refKey: keys.referenceIndex(regency.tenantId, reference),
      tenantId: regency.tenantId,
      caseId,
      reference,
      channel: 'web',
      service: 'pengaduan_kekerasan',
      category: 'kekerasan_fisik',
      urgency: 'NORMAL',
      status: 'selesai',
      kecamatan: regency.kecamatan[index % regency.kecamatan.length],
      createdAt,
      dueAt: new Date(created.getTime() + 24 * 3_600_000).toISOString(),
      updatedAt: createdAt,
      closedAt: createdAt,
      version: 1,
      anonymous: true,
    };
  });
}

async function seed(runtime: LocalRuntime, regency: typeof BIG): Promise<void> {
  for (let year = YEAR - regency.years + 1; year <= YEAR; year++) {
    const items = [
      ...caseItems(regency, year),
      { ...keys.referenceCounter(regency.tenantId, year), type: 'ReferenceCounter', lastNumber: CASES_PER_YEAR },
    ];
    for (let start = 0; start < items.length; start += 25) {
      let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
      while (requests.length > 0) {
        const out = await runtime.dynamo.documents.send(new BatchWriteCommand({ RequestItems: { [runtime.tableName]: requests } }));
        requests = (out.UnprocessedItems?.[runtime.tableName] ?? []) as typeof requests;
      }
    }
  }
}

async function timeGet(url: string, token: string): Promise<number> {
  const { ms: elapsed, status } = await timed(url, { headers: { authorization: `Bearer ${token}` } });
  if (status !== 200) throw new Error(`${url}: ${status}`);
  return elapsed;
}

export async function measureYearlyReads(samples: number): Promise<YearlyRead[]> {
  const runtime = await startBenchRuntime();
  try {
    await seed(runtime, BIG);
    await seed(runtime, SMALL);
    const reads = (regency: typeof BIG) => ({
      'numbers of one year': `/numbers?year=${YEAR}`,
      'dated, filtered list': `/cases?status=selesai&kecamatan=${KECAMATAN}&from=${YEAR}-03-01&to=${YEAR}-09-30&limit=25`,
      'search by reference': `/cases?reference=${regency.prefix}-${YEAR}-00250`,
      'CSV of one year': `/export/cases.csv?year=${YEAR}`,
    });
    const results: YearlyRead[] = [];
    for (const name of Object.keys(reads(BIG)) as (keyof ReturnType<typeof reads>)[]) {
      const times = { small: [] as number[], big: [] as number[] };
      // Interleaved, after one warm-up each, so machine noise hits both regencies alike.
      for (let round = -1; round < samples; round++) {
        for (const [size, regency] of [['small', SMALL], ['big', BIG]] as const) {
          const token = runtime.staff.login.tokenFor(regency.tenantId, 'supervisor');
          const elapsed = await timeGet(`${runtime.url}/api/v1/staff${reads(regency)[name]}`, token);
          if (round >= 0) times[size].push(elapsed);
        }
      }
      const smallMs = median(times.small);
      const bigMs = median(times.big);
      results.push({ name, smallMs, bigMs, ratio: bigMs / smallMs });
    }
    return results;
  } finally {
    await runtime.stop();
  }
}

/** The RESULTS.md section, measured in the same run as the rest of the bench. */
export async function yearlyReadsSection(samples: number): Promise<string> {
  const reads = await measureYearlyReads(samples);
  const rows = reads.map(
    (read) =>
      `| ${read.name} | ${ms(read.smallMs)} | ${ms(read.bigMs)} | ${read.ratio.toFixed(2)}× | ${read.ratio <= YEARLY_GOAL_RATIO ? 'met' : '**missed**'} |`,
  );
  return `
## Yearly reads: ten years of cases beside one (${CASES_PER_YEAR} cases a year, year ${YEAR} asked)

Goal: each read of one year takes at most ${YEARLY_GOAL_RATIO}× the small regency's time (median of ${samples}, interleaved).

| read | 1 year | 10 years | ratio | goal |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

The year's cases come from the year index (\`byYear\`: \`TENANT#<t>#Y#<UTC year>\`, sorted by \`createdAt\`): a regency-local
year touches at most two UTC-year partitions, read between the year's first and last instant. Other years' totals
(the per-year row) come from the reference counters (one item per year): a year over for a month has its total kept
there, counted once by DynamoDB (\`Select: COUNT\`, no item returned) and never again. Reference search was
already one query on \`byReference\`. A province-sized tenant (10,000 cases a year, ~1 KB each as projected)
reads ~10 MB (ten 1 MB pages, ~1,250 read units) for its year's numbers or CSV whatever its history, plus one
small counter item per past year; a dated list page reads at most 1,000 items of its span.
`;
}
