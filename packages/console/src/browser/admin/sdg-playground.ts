/// <reference lib="dom" />
import { sdgTagsSchema } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { fill, h, uid } from '../dom';
import { formatNumber, language, t } from '../i18n';
import { sdgName } from '../sdg-goals';

/** Paste a text, see which goals the tagger finds, how strongly, and on what evidence. */
export function sdgPlayground(api: Api): HTMLElement {
  const textId = uid('sdg-text');
  const text = h('textarea', { id: textId, name: 'text', rows: 5, maxlength: 20000, required: true });
  const result = h('div', { class: 'sdg-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, t('sdgTag'));
  const form = h(
    'form',
    { class: 'card sdg' },
    h('h2', {}, t('sdgTitle')),
    h('label', { for: textId }, t('sdgText')),
    text,
    button,
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) return text.focus();
    button.disabled = true;
    fill(result, t('loading'));
    try {
      const tags = await api.send('POST', '/v1/sdg/tags', { text: text.value }, sdgTagsSchema);
      fill(
        result,
        h('p', {}, t('sdgLanguage', { language: t(`languageName_${tags.language}`) })),
        tags.goals.length === 0
          ? h('p', {}, t('sdgNone'))
          : h(
              'ul',
              { class: 'goals' },
              ...tags.goals.map((goal) =>
                h(
                  'li',
                  {},
                  h('strong', {}, sdgName(goal.goal, language())),
                  ` · ${t('score')} ${formatNumber(goal.score)}`,
                  h('br'),
                  `${t('evidence')}: ${goal.evidence.join(', ')}`,
                  (goal.targets?.length ?? 0) > 0 && h('br'),
                  (goal.targets?.length ?? 0) > 0 && `${t('sdgTargets')}: ${goal.targets?.join(', ')}`,
                ),
              ),
            ),
      );
    } catch (err) {
      fill(result, h('p', { class: 'error' }, t('failed', { detail: errorText(err) })));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
