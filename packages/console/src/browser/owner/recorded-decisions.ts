/// <reference lib="dom" />
import type { challengeOutcomesSchema } from '@suite/contracts';
import type { z } from 'zod';
import type { Api } from '../api';
import { personGroupLabel } from '../component-bars';
import { h } from '../dom';
import { t } from '../i18n';
import { decisionControl } from './decision-control';
import type { DecisionChange } from './decision-history';

export type RecordedDecision = z.output<typeof challengeOutcomesSchema>['decisions'][number];

/** A decision's changes; without a history from the service, at least the latest one. */
export const changesOf = (decision: RecordedDecision): DecisionChange[] =>
  decision.history ?? [{ stage: decision.stage, at: decision.decidedAt }];

/**
 * Decisions for people who are not on the list shown (all of them when the policy gives no list), so
 * what was recorded never disappears from view and can still be changed.
 */
export function recordedDecisions(
  api: Api,
  decisionPath: (innovatorId: string) => string,
  decisions: readonly RecordedDecision[],
  listShown: boolean,
  announce: (text: string) => void,
): HTMLElement | undefined {
  if (decisions.length === 0) return undefined;
  return h(
    'section',
    { class: 'recorded', 'aria-labelledby': 'recorded-title' },
    h('h2', { id: 'recorded-title' }, t('recordedTitle')),
    h('p', { class: 'hint' }, t(listShown ? 'recordedHint' : 'recordedHintNoList')),
    h(
      'ul',
      { class: 'entries' },
      ...decisions.map((decision) => {
        const name = decision.innovatorName ?? t('recordedPerson', { id: decision.innovatorId });
        return h(
          'li',
          { class: 'card entry', 'data-innovator': decision.innovatorId },
          h('div', { class: 'entry-info' }, h('h3', {}, name), h('p', {}, personGroupLabel(decision.group))),
          decisionControl(
            api,
            decisionPath,
            { innovatorId: decision.innovatorId, name, stage: decision.stage, history: changesOf(decision) },
            announce,
          ),
        );
      }),
    ),
  );
}
