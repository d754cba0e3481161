import type { Draft } from './config-editor';

/** JSON with object keys sorted and undefined fields left out: equal configs give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const fields = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`);
    return `{${fields.join(',')}}`;
  }
  // NaN (unreadable typed text) is not equal to anything saved.
  return typeof value === 'number' && Number.isNaN(value) ? '"NaN"' : JSON.stringify(value);
}

/** Whether the draft differs from the saved config it was made from (key order and unset bounds aside). */
export const draftChanged = (draft: Draft, saved: Draft): boolean => canonical(draft) !== canonical(saved);
