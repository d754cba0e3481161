/// <reference lib="dom" />
import { challengeOutcomesSchema, type Shortlist, shortlistSchema } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { groupCountsText } from '../component-bars';
import { h } from '../dom';
import { formatPercent, formatTime, t } from '../i18n';
import { placedForBalance } from '../placed-for-balance';
import { type Page, showTitle } from '../shell';
import { emptyListNote, infeasibleText } from '../shortlist-notes';
import { entryCard } from './entry-card';
import { ownerPaths, ownerRoles, rememberedTitle, rememberTitle } from './owner-paths';
import { changesOf, type RecordedDecision, recordedDecisions } from './recorded-decisions';

/** What the balance policy did, or - with no list - what the pool lacks and who can change that. */
function balanceSummary(shortlist: Shortlist): HTMLElement[] {
  const pool = groupCountsText(shortlist.balance.pool);
  if (shortlist.entries.length === 0) {
    const infeasible = infeasibleText(shortlist) !== undefined;
    return [
      emptyListNote(shortlist),
      ...(infeasible ? [h('p', { class: 'notice', role: 'note' }, t('strictAdvice'))] : []),
      h('p', { class: 'hint' }, t('poolLine', { pool })),
    ];
  }
  return [
    h(
      'p',
      { class: 'hint' },
      t('balanceLine', {
        pool,
        list: groupCountsText(shortlist.balance.list),
        // A share of ranking quality given up for balance: "nDCG" means nothing to an owner.
        loss: formatPercent(shortlist.balance.ndcgLoss, 1),
      }),
    ),
  ];
}

function listBody(
  api: Api,
  challengeId: string,
  shortlist: Shortlist,
  decisions: readonly RecordedDecision[] | Error,
  announce: (text: string) => void,
): HTMLElement {
  const paths = ownerPaths(challengeId);
  const recorded = decisions instanceof Error ? [] : decisions;
  const byInnovator = new Map(recorded.map((d) => [d.innovatorId, d]));
  const listed = new Set(shortlist.entries.map((e) => e.innovator.id));
  const placed = placedForBalance(shortlist.entries);
  return h(
    'div',
    {},
    shortlist.challengeStatus === 'closed' && h('p', { class: 'notice', role: 'note' }, t('challengeClosed')),
    ...balanceSummary(shortlist),
    shortlist.entries.length > 0 &&
      h(
        'ol',
        { class: 'entries' },
        ...shortlist.entries.map((entry) => {
          const decision = byInnovator.get(entry.innovator.id);
          const recordedState = decision
            ? { stage: decision.stage, history: changesOf(decision) }
            : { history: [] };
          return entryCard(
            api,
            paths.decision,
            entry,
            recordedState,
            placed.has(entry.innovator.id),
            announce,
          );
        }),
      ),
    decisions instanceof Error &&
      h('p', { class: 'error' }, t('recordedFailed', { detail: errorText(decisions) })),
    recordedDecisions(
      api,
      paths.decision,
      recorded.filter((d) => !listed.has(d.innovatorId)),
      shortlist.entries.length > 0,
      announce,
    ),
  );
}

/** The need owner's page: a challenge's shortlist with explanations and decision buttons. */
export function ownerPage(challengeId: string): Page {
  const paths = ownerPaths(challengeId);
  // The heading names the challenge by the title its shortlist gives (or the one seen last time, until
  // then; its id if loading failed); before any of that just "Shortlist", not the id.
  let heading: string | undefined = rememberedTitle(challengeId);
  const page: Page = {
    title: () => (heading === undefined ? t('ownerTitleLoading') : t('ownerTitle', { title: heading })),
    roles: ownerRoles,
    render(main, api) {
      const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, t('loading'));
      const body = h('div');
      main.append(status, body);
      const announce = (text: string) => {
        status.textContent = text;
      };
      // Both requests are in flight already (early-requests.ts); the list does not wait for outcomes
      // to name the challenge.
      const outcomes = api.get(paths.outcomes, challengeOutcomesSchema).then(
        (o) => o.decisions,
        (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
      );
      void (async () => {
        try {
          const shortlist = await api.get(paths.shortlist, shortlistSchema);
          heading = shortlist.challengeTitle ?? challengeId;
          if (shortlist.challengeTitle) rememberTitle(challengeId, shortlist.challengeTitle);
          showTitle(page);
          const decisions = await outcomes;
          body.replaceChildren(listBody(api, challengeId, shortlist, decisions, announce));
          status.textContent = t('generatedAt', {
            at: formatTime(shortlist.generatedAt),
            version: shortlist.configVersion,
          });
        } catch (err) {
          heading ??= challengeId;
          showTitle(page);
          status.textContent = t('failed', { detail: errorText(err) });
        }
      })();
    },
  };
  return page;
}
