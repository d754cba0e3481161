/// <reference lib="dom" />
import { type ChallengeSummary, challengeSummariesSchema, idSchema } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { fill, h, uid } from '../dom';
import { t } from '../i18n';

// The admin picks a challenge by title from matching's list (`GET /v1/admin/challenges`); should the
// list fail, an id can still be typed. The console remembers the recent picks (`?challenge=` preselects one).
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

const optionText = (c: ChallengeSummary) =>
  c.status === 'open' ? c.title : `${c.title} (${t(`status_${c.status}`)})`;

/** A select of every challenge by title, open ones first (the list's order). */
function challengeSelect(id: string, challenges: readonly ChallengeSummary[], selected: string | undefined) {
  const known = challenges.some((c) => c.id === selected);
  return h(
    'select',
    { id, name: 'challenge', required: true },
    h('option', { value: '', disabled: true, selected: !known }, t('chooseChallenge')),
    ...challenges.map((c) => h('option', { value: c.id, selected: c.id === selected }, optionText(c))),
  );
}

/** The typed-id field, when the list could not be loaded. */
function idInput(id: string, helpId: string, selected: string | undefined) {
  return h('input', {
    id,
    name: 'challenge',
    value: selected ?? '',
    autocomplete: 'off',
    required: true,
    pattern: '[A-Za-z0-9_.:\\-]+',
    'aria-describedby': helpId,
  });
}

export function challengePicker(
  api: Api,
  selected: string | undefined,
  onPick: (id: string) => void,
): HTMLElement {
  const fieldId = uid('challenge');
  const helpId = uid('challenge-help');
  const label = h('label', { for: fieldId }, t('challenge'));
  const row = h('div', { class: 'row' }, t('loading'));
  const help = h('p', { id: helpId, class: 'hint' });
  const message = h('p', { class: 'error', role: 'alert' });
  let field: HTMLInputElement | HTMLSelectElement | undefined;
  const load = h('button', { type: 'submit' }, t('load'));
  void api
    .get('/v1/admin/challenges', challengeSummariesSchema)
    .then(({ items }) => {
      field = challengeSelect(fieldId, items, selected);
      help.textContent = items.length > 0 ? t('challengePickHelp') : t('noChallenges');
    })
    .catch((err: unknown) => {
      field = idInput(fieldId, helpId, selected);
      label.textContent = t('challengeId');
      help.textContent = t('challengeHelp');
      message.textContent = t('failed', { detail: errorText(err) });
    })
    .then(() => fill(row, field, load));
  return h(
    'form',
    {
      class: 'card picker',
      // Checked here, with a message in the page's language, not by the browser's own bubble.
      novalidate: true,
      on: {
        submit: (event) => {
          event.preventDefault();
          const id = field?.value.trim() ?? '';
          if (!idSchema.safeParse(id).success) {
            // Nothing chosen yet (or, in the typed field, no valid id): say so where the choice is made.
            message.textContent = id === '' ? t('chooseChallengeFirst') : t('challengeHelp');
            field?.focus();
            return;
          }
          message.textContent = '';
          remember(id);
          onPick(id);
        },
      },
    },
    h('h2', {}, t('challenge')),
    label,
    row,
    help,
    message,
    selected &&
      h('p', {}, h('a', { href: `/challenges/${encodeURIComponent(selected)}` }, t('openOwnerPage'))),
  );
}
