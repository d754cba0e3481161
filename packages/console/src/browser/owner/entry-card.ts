/// <reference lib="dom" />
import type { Shortlist } from '@suite/contracts';
import type { Api } from '../api';
import { componentBars, personGroupLabel } from '../component-bars';
import { h } from '../dom';
import { formatNumber, language, t } from '../i18n';
import { sdgName } from '../sdg-goals';
import { balanceNote } from '../shortlist-notes';
import { type DecisionSubject, decisionControl } from './decision-control';

type Entry = Shortlist['entries'][number];

/** One listed innovator: who, their idea, why they matched, and the decision buttons. */
export function entryCard(
  api: Api,
  decisionPath: (innovatorId: string) => string,
  entry: Entry,
  recorded: Omit<DecisionSubject, 'innovatorId' | 'name'>,
  placed: boolean,
  announce: (text: string) => void,
): HTMLElement {
  const subject = { innovatorId: entry.innovator.id, name: entry.innovator.name, ...recorded };
  return h(
    'li',
    { class: 'card entry', 'data-innovator': entry.innovator.id },
    h(
      'div',
      { class: 'entry-info' },
      h('h3', {}, `${entry.rank}. ${entry.innovator.name}`),
      placed && h('p', {}, balanceNote()),
      h(
        'p',
        {},
        `${t('idea')}: ${entry.idea.title} · ${personGroupLabel(entry.group)} · ${t('score')} ${formatNumber(entry.score)}`,
      ),
      h('p', { class: 'why' }, t('sharedTerms', { terms: entry.explanation.terms.join(', ') || '–' })),
      (entry.explanation.related?.length ?? 0) > 0 &&
        h('p', { class: 'why' }, t('relatedTerms', { terms: entry.explanation.related?.join(', ') ?? '' })),
      entry.explanation.sdgs.length > 0 &&
        h(
          'p',
          { class: 'why' },
          t('sharedSdgs', { sdgs: entry.explanation.sdgs.map((g) => sdgName(g, language())).join('; ') }),
        ),
      h('details', {}, h('summary', {}, t('componentsSummary')), componentBars(entry.components)),
    ),
    decisionControl(api, decisionPath, subject, announce),
  );
}
