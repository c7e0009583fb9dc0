/** The labels staff read for the API's codes (pure: the page config brings them, see console-config.ts). */
import type { ConsoleLabels } from '../console-config.js';

export type LabelGroup = keyof ConsoleLabels;
export type CodeOf<G extends LabelGroup> = keyof ConsoleLabels[G] & string;

export interface Labels {
  /** The label of `code`; the code itself when this console does not know it yet, `–` when there is none. */
  text(group: LabelGroup, code: string | null | undefined): string;
  /** `[code, label]` pairs of a group in the vocabulary's order, for a `<select>`. */
  options<G extends LabelGroup>(group: G): [CodeOf<G>, string][];
}

export function createLabels(labels: ConsoleLabels): Labels {
  const groupOf = (group: LabelGroup): Readonly<Record<string, string>> => labels[group];
  return {
    text: (group, code) => (code ? (groupOf(group)[code] ?? code) : '–'),
    options: <G extends LabelGroup>(group: G) => Object.entries(groupOf(group)) as [CodeOf<G>, string][],
  };
}
