/// <reference lib="dom" />
import { idSchema } from '@suite/contracts';
import { h, uid } from '../dom';
import { t } from '../i18n';

// The matching service has no challenge list of its own, so the admin types or pastes an id and
// the console remembers the recent ones (the demo prints ids, and `?challenge=` preselects one).
const storageKey = 'console.recentChallenges';
const keep = 8;

export function recentChallenges(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => idSchema.safeParse(id).success) : [];
  } catch {
    return [];
  }
}

function remember(id: string): void {
  const next = [id, ...recentChallenges().filter((other) => other !== id)].slice(0, keep);
  localStorage.setItem(storageKey, JSON.stringify(next));
}

export function challengePicker(selected: string | undefined, onPick: (id: string) => void): HTMLElement {
  const inputId = uid('challenge');
  const listId = uid('recent');
  const helpId = uid('challenge-help');
  const input = h('input', {
    id: inputId,
    name: 'challenge',
    list: listId,
    value: selected ?? '',
    autocomplete: 'off',
    required: true,
    pattern: '[A-Za-z0-9_.:\\-]+',
    'aria-describedby': helpId,
  });
  const message = h('p', { class: 'error', role: 'alert' });
  return h(
    'form',
    {
      class: 'card picker',
      on: {
        submit: (event) => {
          event.preventDefault();
          const id = input.value.trim();
          if (!idSchema.safeParse(id).success) {
            message.textContent = t('challengeHelp');
            return;
          }
          message.textContent = '';
          remember(id);
          onPick(id);
        },
      },
    },
    h('h2', {}, t('challenge')),
    h('label', { for: inputId }, t('challengeId')),
    h('div', { class: 'row' }, input, h('button', { type: 'submit' }, t('load'))),
    h('datalist', { id: listId }, ...recentChallenges().map((id) => h('option', { value: id }))),
    h('p', { id: helpId, class: 'hint' }, t('challengeHelp')),
    message,
    selected &&
      h('p', {}, h('a', { href: `/challenges/${encodeURIComponent(selected)}` }, t('openOwnerPage'))),
  );
}
