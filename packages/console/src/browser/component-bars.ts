/// <reference lib="dom" />
import { type Gender, genders, type ScoreComponents, scoreComponentNames } from '@suite/contracts';
import { h } from './dom';
import { formatNumber, t } from './i18n';

/** Six bars, one per score component (each in [0,1]); the number is written out for screen readers. */
export function componentBars(components: ScoreComponents): HTMLElement {
  return h(
    'ul',
    { class: 'bars' },
    ...scoreComponentNames.map((name) => {
      const value = Math.max(0, Math.min(1, components[name]));
      const fill = h('span', { class: 'bar-fill' });
      // CSSOM, not a style attribute: allowed under the Content-Security-Policy.
      fill.style.width = `${(value * 100).toFixed(1)}%`;
      return h(
        'li',
        {},
        h('span', { class: 'bar-label' }, t(`weight_${name}`)),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
        h('span', { class: 'bar-value' }, formatNumber(components[name])),
      );
    }),
  );
}

export const groupLabel = (group: Gender) => t(`group_${group}`);

/** One person's group: "woman", not "women". */
export const personGroupLabel = (group: Gender) => t(`person_${group}`);

/** "women 4, men 5" for a group count map ("–" for an empty one). */
export function groupCountsText(counts: Partial<Record<Gender, number>>): string {
  // Always in one order (women, men, non-binary, undisclosed), whatever order the counts came in.
  const parts = genders.flatMap((group) =>
    counts[group] === undefined ? [] : [`${groupLabel(group)} ${counts[group]}`],
  );
  return parts.length > 0 ? parts.join(', ') : '–';
}
