/// <reference lib="dom" />
import { type MatchingConfig, matchingConfigSchema } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { h, uid } from '../dom';
import { t } from '../i18n';
import { type Draft, draftProblem } from './config-editor';

/**
 * Saves the draft as a new config version; every save carries a reason (it goes to the audit log) and
 * the version the draft was made on.
 */
export function saveForm(
  api: Api,
  draft: () => Draft,
  basedOn: () => number | undefined,
  onSaved: (config: MatchingConfig) => void,
): HTMLElement {
  const reasonId = uid('reason');
  const reason = h('textarea', { id: reasonId, name: 'reason', rows: 2, maxlength: 1000, required: true });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, t('save'));
  const form = h(
    'form',
    { class: 'card save' },
    h('h2', {}, t('saveTitle')),
    h('label', { for: reasonId }, t('reason')),
    reason,
    button,
    status,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = reason.value.trim();
    if (!text) {
      status.textContent = t('reasonRequired');
      reason.focus();
      return;
    }
    const problem = draftProblem(draft());
    if (problem) {
      status.textContent = t('failed', { detail: problem });
      return;
    }
    button.disabled = true;
    const version = basedOn();
    try {
      const saved = await api.send(
        'PUT',
        '/v1/admin/matching-config',
        { ...draft(), reason: text },
        matchingConfigSchema,
        // Another admin's save since this page loaded the config is refused (409), not overwritten.
        version === undefined ? {} : { 'if-match': `"${version}"` },
      );
      reason.value = '';
      status.textContent = t('saved', { version: saved.version });
      onSaved(saved);
    } catch (err) {
      status.textContent = t('failed', { detail: errorText(err) });
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
