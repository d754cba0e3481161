/// <reference lib="dom" />
import {
  type Gender,
  genders,
  type MatchingConfig,
  type MatchingWeights,
  matchingConfigInputSchema,
  scoreComponentNames,
} from '@suite/contracts';
import { groupLabel } from '../component-bars';
import { h, uid } from '../dom';
import { formatDecimal, formatNumber, parseDecimal, t } from '../i18n';

export type Draft = Pick<MatchingConfig, 'weights' | 'minScore' | 'balance'>;

export const draftOf = (config: MatchingConfig): Draft =>
  structuredClone({
    weights: config.weights,
    minScore: config.minScore,
    balance: config.balance,
  });

// Shares are typed as decimals, so their sums carry binary noise (0.4 + 0.4 + 0.4); the service
// allows the same slack.
const shareSlack = 1e-9;

const round2 = (value: number) => Math.round(value * 100) / 100;

const isShare = (value: number | undefined) => value === undefined || (value >= 0 && value <= 1);

/** Says what is wrong with a draft the service would refuse, from the draft's own values. */
function describeProblem(draft: Draft): string | undefined {
  if (!scoreComponentNames.some((name) => draft.weights[name] > 0)) return t('problemNoWeight');
  const bounds = genders.map((group) => ({ group, ...draft.balance.groups?.[group] }));
  for (const { group, min, max } of bounds) {
    if (!isShare(min)) return t('problemShare', { bound: t('minShare', { group: groupLabel(group) }) });
    if (!isShare(max)) return t('problemShare', { bound: t('maxShare', { group: groupLabel(group) }) });
    if (min !== undefined && max !== undefined && min > max) {
      return t('problemMinAboveMax', { group: groupLabel(group) });
    }
  }
  const minSum = bounds.reduce((sum, b) => sum + (b.min ?? 0), 0);
  if (minSum > 1 + shareSlack) return t('problemMinSum', { sum: formatDecimal(round2(minSum)) });
  const maxSum = bounds.reduce((sum, b) => sum + (b.max ?? 0), 0);
  if (bounds.every((b) => b.max !== undefined) && maxSum < 1 - shareSlack) {
    return t('problemMaxSum', { sum: formatDecimal(round2(maxSum)) });
  }
  return undefined;
}

/** The first problem with a draft, in the page's language, or undefined when the service would accept it. */
export function draftProblem(draft: Draft): string | undefined {
  const parsed = matchingConfigInputSchema.safeParse({ ...draft, reason: 'check' });
  if (parsed.success) return undefined;
  return (
    describeProblem(draft) ?? t('problemOther', { field: parsed.error.issues[0]?.path.join('.') ?? '–' })
  );
}

function slider(label: string, value: number, max: number, step: number, onInput: (v: number) => void) {
  const id = uid('slider');
  const output = h('output', { for: id }, formatNumber(value, step < 1 ? 2 : 0));
  const input = h('input', { id, type: 'range', min: 0, max, step, value });
  input.addEventListener('input', () => {
    output.textContent = formatNumber(Number(input.value), step < 1 ? 2 : 0);
    onInput(Number(input.value));
  });
  return h('div', { class: 'slider' }, h('label', { for: id }, label), input, output);
}

/**
 * A share from 0 to 1, or empty for no bound. A text field, not type=number: that one shows the
 * browser's decimal separator, not the page language's (0.4 beside a slider showing 0,25).
 */
function shareInput(label: string, value: number | undefined, onInput: (v: number | undefined) => void) {
  const id = uid('share');
  const input = h('input', {
    id,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    placeholder: t('noBound'),
    value: value === undefined ? '' : formatDecimal(value),
  });
  input.addEventListener('input', () => {
    const share = parseDecimal(input.value);
    input.setAttribute('aria-invalid', String(!isShare(share)));
    // Unreadable text stays in the draft as NaN, so the draft reads as invalid until it is fixed.
    onInput(share);
  });
  return h('div', { class: 'share' }, h('label', { for: id }, label), input);
}

function setBound(draft: Draft, group: Gender, side: 'min' | 'max', value: number | undefined): void {
  const groups = { ...(draft.balance.groups ?? {}) };
  const bound = { ...(groups[group] ?? {}) };
  if (value === undefined) delete bound[side];
  else bound[side] = value;
  if (bound.min === undefined && bound.max === undefined) delete groups[group];
  else groups[group] = bound;
  draft.balance = { ...draft.balance, groups };
}

/** Sliders for the six weights and the minimum score, and the balance policy form. Edits `draft` in place. */
export function configEditor(draft: Draft, onChange: () => void): HTMLElement {
  const weights = scoreComponentNames.map((name) =>
    slider(t(`weight_${name}`), draft.weights[name], 100, 1, (v) => {
      draft.weights = { ...draft.weights, [name]: v } as MatchingWeights;
      onChange();
    }),
  );
  const minScore = slider(t('minScore'), draft.minScore, 1, 0.01, (v) => {
    draft.minScore = v;
    onChange();
  });
  const modeId = uid('mode');
  const mode = h(
    'select',
    { id: modeId },
    h('option', { value: 'relax', selected: draft.balance.mode !== 'strict' }, t('mode_relax')),
    h('option', { value: 'strict', selected: draft.balance.mode === 'strict' }, t('mode_strict')),
  );
  mode.addEventListener('change', () => {
    draft.balance = { ...draft.balance, mode: mode.value === 'strict' ? 'strict' : 'relax' };
    onChange();
  });
  const groups = genders.map((group) => {
    const bounds = draft.balance.groups?.[group];
    const name = groupLabel(group);
    return h(
      'div',
      { class: 'group-bounds' },
      shareInput(t('minShare', { group: name }), bounds?.min, (v) => {
        setBound(draft, group, 'min', v);
        onChange();
      }),
      shareInput(t('maxShare', { group: name }), bounds?.max, (v) => {
        setBound(draft, group, 'max', v);
        onChange();
      }),
    );
  });
  return h(
    'div',
    { class: 'editor' },
    h('fieldset', {}, h('legend', {}, t('configTitle')), ...weights, minScore),
    h(
      'fieldset',
      {},
      h('legend', {}, t('balanceTitle')),
      h('label', { for: modeId }, t('mode')),
      mode,
      ...groups,
    ),
  );
}
