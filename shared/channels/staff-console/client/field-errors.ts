/**
 * The API's field issues (400 `details`) shown where they belong: under the control they name, the control
 * marked invalid and described by the text, so a screen reader reads it with the field.
 */
import { ApiError } from './api-error.js';
import { h } from './dom.js';

export interface FieldErrors {
  /** Clears earlier messages, then shows `error`'s issues for the fields it names; true when any was shown. */
  show(error: unknown): boolean;
  clear(): void;
}

/** `controls`: the API's field path (e.g. `phone`, `rota.swaps.0`) to the control or group it belongs to. */
export function fieldErrors(controls: () => ReadonlyMap<string, HTMLElement>): FieldErrors {
  let shown: { control: HTMLElement; message: HTMLElement }[] = [];
  const clear = () => {
    for (const { control, message } of shown) {
      control.removeAttribute('aria-invalid');
      control.removeAttribute('aria-describedby');
      message.remove();
    }
    shown = [];
  };
  return {
    clear,
    show(error) {
      clear();
      if (!(error instanceof ApiError)) return false;
      const byField = controls();
      for (const detail of error.details) {
        const control = closestControl(byField, detail.field);
        if (!control) continue;
        const id = `${control.id || 'field'}-error-${shown.length}`;
        const message = h('p', { class: 'field-error', id, text: detail.message?.id ?? detail.issue });
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', id);
        control.after(message);
        shown.push({ control, message });
      }
      return shown.length > 0;
    },
  };
}

/** The control of `field`, or of the nearest path above it (`rota.swaps.0.second` → `rota.swaps.0`). */
function closestControl(controls: ReadonlyMap<string, HTMLElement>, field: string): HTMLElement | undefined {
  for (let path = field; path; path = path.slice(0, Math.max(0, path.lastIndexOf('.')))) {
    const control = controls.get(path);
    if (control) return control;
  }
  return undefined;
}
