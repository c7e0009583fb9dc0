/**
 * Who is on call, for everyone; the rota, for supervisors to keep: a weekly pattern of shifts, one-off swaps
 * ("tonight 19:00–07:00: Sari instead of Ana") and the supervisors at the chain's end, all in the regency's
 * own time. Made for a phone: each shift is a stacked group of native selects and time/date inputs.
 */
import type { OnCallNow, RotaPerson, RotaView } from '#shared/oncall/manage-rota.js';
import type { Rota, RotaSwap, WeekDay, WeeklyShift } from '#shared/oncall/rota.js';
import { localDateOf, nextDate } from '#shared/staff/local-dates.js';
import { ApiError } from '../api-error.js';
import { checkboxGroup } from '../checkbox-group.js';
import { choice, definitionList, field, section } from '../controls.js';
import { h } from '../dom.js';
import { fieldErrors } from '../field-errors.js';
import { sayOnCallChanged } from '../on-call-banner.js';
import type { ViewContext } from '../view-context.js';

const DAY_LABELS: Readonly<Record<WeekDay, string>> = {
  mon: 'Senin',
  tue: 'Selasa',
  wed: 'Rabu',
  thu: 'Kamis',
  fri: 'Jumat',
  sat: 'Sabtu',
  sun: 'Minggu',
};

/** The night shift most offices start from. */
const NIGHT = { from: '19:00', to: '07:00' } as const;

export async function showRota(ctx: ViewContext): Promise<void> {
  try {
    const supervisor = ctx.session.staff.role === 'supervisor';
    const [now, rota] = await Promise.all([ctx.api.onCallNow(), supervisor ? ctx.api.rota() : undefined]);
    ctx.frame.show('Jadwal jaga', [nowSection(now), rota ? rotaEditor(ctx, rota) : null]);
  } catch (error) {
    ctx.frame.fail(error);
  }
}

function nowSection(now: OnCallNow): HTMLElement {
  const names = (people: readonly RotaPerson[]) => people.map((person) => person.name).join(', ') || '–';
  return section('h-now', `Siapa jaga sekarang (${now.zone})`, [
    now.nobodyOnCall ? h('p', { class: 'pending', text: 'Tidak ada petugas jaga saat ini: peringatan dikirim ke supervisor.' }) : null,
    h('div', { 'data-testid': 'on-call-now' }, [
      definitionList([
        ['Petugas jaga', now.first?.name ?? 'Tidak ada'],
        ['Cadangan (kedua)', now.second?.name ?? '–'],
        ['Supervisor', names(now.supervisors)],
      ]),
    ]),
  ]);
}

interface Row<V> {
  readonly element: HTMLFieldSetElement;
  /** Names the row by its place ("Giliran 2"), in its legend and its remove button. */
  number(place: number): void;
  /** The API's field name under the row's path (`first`, `second`) to its control. */
  readonly controls: ReadonlyMap<string, HTMLElement>;
  value(): V;
}

let rowCount = 0;

function rotaEditor(ctx: ViewContext, view: RotaView): HTMLElement {
  const active = view.people.filter((person) => person.active);
  const options = active.map((person) => [person.personId, person.name] as const);
  const today = localDateOf(new Date(), ctx.session.tenant.timeZone);

  const weekly: Row<WeeklyShift>[] = [];
  const swaps: Row<RotaSwap>[] = [];
  const weeklyList = h('div');
  const swapList = h('div');
  const renumber = () => {
    for (const rows of [weekly, swaps] as Row<unknown>[][]) for (const [index, row] of rows.entries()) row.number(index + 1);
  };
  const add = <V>(rows: Row<V>[], list: HTMLElement, make: (remove: () => void) => Row<V>) => {
    const row = make(() => {
      rows.splice(rows.indexOf(row), 1);
      row.element.remove();
      renumber();
    });
    rows.push(row);
    list.append(row.element);
    renumber();
    return row;
  };
  const addShift = (shift: Partial<WeeklyShift>) => add(weekly, weeklyList, (remove) => shiftRow(options, shift, remove));
  const addSwap = (swap: Partial<RotaSwap>) => add(swaps, swapList, (remove) => swapRow(options, swap, remove));
  for (const shift of view.rota.weekly) addShift(shift);
  for (const swap of view.rota.swaps) addSwap(swap);

  const supervisorChoices = active.filter((person) => person.role === 'supervisor').map((person) => [person.personId, person.name] as const);
  const supervisors = checkboxGroup('rota-supervisors', 'Supervisor di ujung rantai', supervisorChoices, view.rota.supervisors);

  const errors = fieldErrors(() => {
    const controls = new Map<string, HTMLElement>([['rota.supervisors', supervisors.element]]);
    const put = (prefix: string, rows: readonly Row<unknown>[]) =>
      rows.forEach((row, index) => {
        controls.set(`${prefix}.${index}`, row.element);
        for (const [name, control] of row.controls) controls.set(`${prefix}.${index}.${name}`, control);
      });
    put('rota.weekly', weekly);
    put('rota.swaps', swaps);
    return controls;
  });

  const save = async () => {
    const rota: Rota = { weekly: weekly.map((row) => row.value()), swaps: swaps.map((row) => row.value()), supervisors: supervisors.values() };
    try {
      await ctx.api.saveRota({ rota, expectedVersion: view.version });
      sayOnCallChanged();
      await showRota(ctx);
      ctx.frame.announce('Jadwal jaga tersimpan.');
    } catch (error) {
      errors.show(error);
      ctx.frame.fail(error);
      if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') await showRota(ctx);
    }
  };

  return h('div', null, [
    active.length === 0 ? h('p', { text: 'Direktori belum berisi orang aktif: tambahkan petugas di Direktori dulu.' }) : null,
    section('h-swaps', 'Tukar jaga (sekali saja)', [
      h('p', { class: 'hint', text: `Menggantikan pola mingguan selama berlaku. Waktu ${view.zone}.` }),
      swapList,
      h('button', {
        type: 'button',
        class: 'secondary',
        text: 'Tambah tukar jaga malam ini',
        onclick: () => addSwap({ from: `${today}T${NIGHT.from}`, to: `${nextDate(today)}T${NIGHT.to}` }),
      }),
    ]),
    section('h-weekly', 'Pola mingguan', [
      h('p', { class: 'hint', text: `Jam selesai sebelum jam mulai berarti sampai esok hari. Waktu ${view.zone}.` }),
      weeklyList,
      h('button', { type: 'button', class: 'secondary', text: 'Tambah giliran', onclick: () => addShift(NIGHT) }),
    ]),
    section('h-chain', 'Rantai eskalasi', [
      h('p', { class: 'hint', text: 'Bila petugas jaga tidak menekan "Saya tangani", peringatan ke orang kedua, lalu ke supervisor.' }),
      supervisors.element,
    ]),
    h('div', { class: 'actions' }, [h('button', { type: 'button', text: 'Simpan jadwal jaga', onclick: () => void save() })]),
  ]);
}

type PersonOptions = readonly (readonly [string, string])[];

/** The first and (optional) second person of a shift or swap. */
function chainControls(id: string, options: PersonOptions, first?: string, second?: string) {
  const firstChoice = choice(`${id}-first`, 'first', options, first, '– pilih –');
  const secondChoice = choice(`${id}-second`, 'second', options, second, '– tidak ada –');
  return {
    fields: [field('Petugas jaga', firstChoice.element), field('Cadangan (kedua)', secondChoice.element)],
    controls: [
      ['first', firstChoice.element],
      ['second', secondChoice.element],
    ] as [string, HTMLElement][],
    value: () => {
      const secondId = secondChoice.value();
      return { first: firstChoice.value() ?? '', ...(secondId ? { second: secondId } : {}) };
    },
  };
}

function rowFrame<V>(
  kind: string,
  fields: readonly HTMLElement[],
  controls: [string, HTMLElement][],
  remove: () => void,
  value: () => V,
): Row<V> {
  const legend = h('legend');
  const removeButton = h('button', { type: 'button', class: 'secondary', onclick: remove });
  const element = h('fieldset', { class: 'rota-row' }, [legend, ...fields, removeButton]);
  const number = (place: number) => {
    legend.textContent = `${kind} ${place}`;
    removeButton.textContent = `Hapus ${kind.toLowerCase()} ${place}`;
  };
  return { element, number, controls: new Map(controls), value };
}

function timeInput(id: string, name: string, value: string): HTMLInputElement {
  return h('input', { type: 'time', id, name, required: true, value });
}

function shiftRow(options: PersonOptions, shift: Partial<WeeklyShift>, remove: () => void): Row<WeeklyShift> {
  const id = `shift-${++rowCount}`;
  const day = choice(`${id}-day`, 'day', Object.entries(DAY_LABELS) as [WeekDay, string][], shift.day);
  const from = timeInput(`${id}-from`, 'from', shift.from ?? NIGHT.from);
  const to = timeInput(`${id}-to`, 'to', shift.to ?? NIGHT.to);
  const chain = chainControls(id, options, shift.first, shift.second);
  return rowFrame(
    'Giliran',
    [field('Hari', day.element), field('Mulai', from), field('Selesai', to), ...chain.fields],
    [['day', day.element], ['from', from], ['to', to], ...chain.controls],
    remove,
    () => ({ day: day.value(), from: from.value, to: to.value, ...chain.value() }),
  );
}

function swapRow(options: PersonOptions, swap: Partial<RotaSwap>, remove: () => void): Row<RotaSwap> {
  const id = `swap-${++rowCount}`;
  const [fromDate = '', fromTime = ''] = (swap.from ?? '').split('T');
  const [toDate = '', toTime = ''] = (swap.to ?? '').split('T');
  const startDate = h('input', { type: 'date', id: `${id}-from-date`, name: 'fromDate', required: true, value: fromDate });
  const startTime = timeInput(`${id}-from-time`, 'fromTime', fromTime);
  const endDate = h('input', { type: 'date', id: `${id}-to-date`, name: 'toDate', required: true, value: toDate });
  const endTime = timeInput(`${id}-to-time`, 'toTime', toTime);
  const chain = chainControls(id, options, swap.first, swap.second);
  return rowFrame(
    'Tukar jaga',
    [field('Mulai tanggal', startDate), field('Mulai jam', startTime), field('Selesai tanggal', endDate), field('Selesai jam', endTime), ...chain.fields],
    [['from', startDate], ['to', endDate], ...chain.controls],
    remove,
    () => ({ from: `${startDate.value}T${startTime.value}`, to: `${endDate.value}T${endTime.value}`, ...chain.value() }),
  );
}
