/** What every view is given: the signed-in session, the API, the page frame and the labels. */
import type { ConsoleSession, StaffApi } from './api.js';
import type { Frame } from './frame.js';
import type { Labels } from './labels.js';

export interface ViewContext {
  readonly session: ConsoleSession;
  readonly api: StaffApi;
  readonly frame: Frame;
  readonly labels: Labels;
  /** The longest note the API accepts. */
  readonly noteMaxLength: number;
}
