/// <reference lib="dom" />
import { type Gender, genders, type Shortlist } from '@suite/contracts';
import { h } from './dom';
import { formatList, t, tc } from './i18n';

// How the balance policy shaped a list, said where the list is shown.

type ShortfallGroup = Gender | 'unbounded';
const shortfallGroups = new Set<string>([...genders, 'unbounded']);

/** In strict mode an unmeetable policy gives no list and the shortfall: what the pool lacks, per group. */
export function infeasibleText(list: Shortlist): string | undefined {
  const { shortfall } = list.balance;
  if (!shortfall || list.entries.length > 0) return undefined;
  const needs = Object.entries(shortfall)
    .filter((pair): pair is [string, number] => (pair[1] ?? 0) > 0)
    .map(([group, n]) => {
      // The fairness package names groups it tracks; the rest share one key.
      const key = (shortfallGroups.has(group) ? group : 'unbounded') as ShortfallGroup;
      return tc(`shortfall_${key}`, n);
    });
  return needs.length > 0
    ? t('strictInfeasible', { needs: formatList(needs) })
    : t('strictInfeasibleUnknown');
}

/** What to show instead of an empty list. */
export function emptyListNote(list: Shortlist): HTMLElement {
  const infeasible = infeasibleText(list);
  return infeasible ? h('p', { class: 'infeasible' }, infeasible) : h('p', {}, t('emptyList'));
}

/** The note beside an entry listed above a higher-scored one. */
export const balanceNote = () =>
  h('span', { class: 'balance-note' }, h('span', { 'aria-hidden': 'true' }, '⇡ '), t('placedForBalance'));
