/// <reference lib="dom" />
import { type MatchingConfig, matchingConfigSchema } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { h, uid } from '../dom';
import { t } from '../i18n';
import { type Draft, draftProblem } from './config-editor';

export interface SaveFormOptions {
  draft: () => Draft | undefined;
  /** The version the draft was made on. */
  basedOn: () => number | undefined;
  /** Whether the draft differs from that version: an unchanged draft is not offered for saving. */
  changed: () => boolean;
  onSaved: (config: MatchingConfig) => void;
}

/**
 * Saves the draft as a new config version; every save carries a reason (it goes to the audit log) and
 * the version the draft was made on. `update()` after every edit keeps the button's state current.
 */
export function saveForm(api: Api, opts: SaveFormOptions): { element: HTMLElement; update: () => void } {
  const reasonId = uid('reason');
  const hintId = uid('save-hint');
  const reason = h('textarea', { id: reasonId, name: 'reason', rows: 2, maxlength: 1000, required: true });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const hint = h('p', { id: hintId, class: 'hint' });
  const button = h('button', { type: 'submit', 'aria-describedby': hintId }, t('save'));
  let saving = false;
  const update = () => {
    const changed = opts.changed();
    button.disabled = saving || !changed;
    hint.textContent = changed ? '' : t('saveNothing');
  };
  const form = h(
    'form',
    { class: 'card save' },
    h('h2', {}, t('saveTitle')),
    h('label', { for: reasonId }, t('reason')),
    reason,
    button,
    hint,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const draft = opts.draft();
    if (!draft || !opts.changed()) return;
    const text = reason.value.trim();
    if (!text) {
      status.textContent = t('reasonRequired');
      reason.focus();
      return;
    }
    const problem = draftProblem(draft);
    if (problem) {
      status.textContent = t('failed', { detail: problem });
      return;
    }
    saving = true;
    update();
    const version = opts.basedOn();
    try {
      const saved = await api.send(
        'PUT',
        '/v1/admin/matching-config',
        { ...draft, reason: text },
        matchingConfigSchema,
        // Another admin's save since this page loaded the config is refused (409), not overwritten.
        version === undefined ? {} : { 'if-match': `"${version}"` },
      );
      reason.value = '';
      status.textContent = t('saved', { version: saved.version });
      opts.onSaved(saved);
    } catch (err) {
      status.textContent = t('failed', { detail: errorText(err) });
    } finally {
      saving = false;
      update();
    }
  });
  update();
  return { element: form, update };
}
