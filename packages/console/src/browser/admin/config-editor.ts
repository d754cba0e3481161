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
import { formatNumber, t } from '../i18n';

export type Draft = Pick<MatchingConfig, 'weights' | 'minScore' | 'balance'>;

export const draftOf = (config: MatchingConfig): Draft =>
  structuredClone({
    weights: config.weights,
    minScore: config.minScore,
    balance: config.balance,
  });

/** The first problem with a draft, or undefined when the service would accept it. */
export function draftProblem(draft: Draft): string | undefined {
  const parsed = matchingConfigInputSchema.safeParse({ ...draft, reason: 'check' });
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
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

function shareInput(label: string, value: number | undefined, onInput: (v: number | undefined) => void) {
  const id = uid('share');
  const input = h('input', {
    id,
    type: 'number',
    min: 0,
    max: 1,
    step: 0.05,
    inputmode: 'decimal',
    placeholder: t('noBound'),
    value: value ?? '',
  });
  input.addEventListener('input', () => onInput(input.value === '' ? undefined : Number(input.value)));
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
