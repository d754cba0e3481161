/// <reference lib="dom" />
import {
  challengeOutcomesSchema,
  type DecisionStage,
  decisionSchema,
  decisionStages,
  type Shortlist,
  shortlistSchema,
} from '@suite/contracts';
import { type Api, errorText } from '../api';
import { componentBars, groupCountsText, personGroupLabel } from '../component-bars';
import { fill, h } from '../dom';
import { formatNumber, formatTime, language, t } from '../i18n';
import { placedForBalance } from '../placed-for-balance';
import { sdgName } from '../sdg-goals';
import { type Page, showTitle } from '../shell';
import { balanceNote, emptyListNote } from '../shortlist-notes';

type Entry = Shortlist['entries'][number];

/** Innovator id -> the latest stage recorded for them on this challenge. */
async function currentStages(api: Api, path: string): Promise<Map<string, DecisionStage>> {
  const outcomes = await api.get(`${path}/outcomes`, challengeOutcomesSchema);
  return new Map(outcomes.decisions.map((d) => [d.innovatorId, d.stage]));
}

function decisionButtons(
  api: Api,
  path: string,
  entry: Entry,
  stage: DecisionStage | undefined,
  announce: (text: string) => void,
) {
  const current = h(
    'p',
    { class: 'stage' },
    t('currentStage', { stage: stage ? t(`stage_${stage}`) : t('noStage') }),
  );
  const buttons = decisionStages.map((option) =>
    h(
      'button',
      {
        type: 'button',
        class: 'stage-button',
        'aria-pressed': String(option === stage),
        'data-stage': option,
      },
      t(`stage_${option}`),
    ),
  );
  buttons.forEach((button, i) => {
    const option = decisionStages[i]!;
    button.addEventListener('click', async () => {
      for (const b of buttons) b.disabled = true;
      try {
        await api.send(
          'PUT',
          `${path}/decisions/${encodeURIComponent(entry.innovator.id)}`,
          { stage: option },
          decisionSchema,
        );
        for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
        current.textContent = t('currentStage', { stage: t(`stage_${option}`) });
        announce(t('decisionSaved', { name: entry.innovator.name, stage: t(`stage_${option}`) }));
      } catch (err) {
        announce(t('failed', { detail: errorText(err) }));
      } finally {
        for (const b of buttons) b.disabled = false;
      }
    });
  });
  return h(
    'div',
    { class: 'decision' },
    current,
    h('div', { role: 'group', 'aria-label': t('decisionsFor', { name: entry.innovator.name }) }, ...buttons),
  );
}

function entryCard(
  api: Api,
  path: string,
  entry: Entry,
  stage: DecisionStage | undefined,
  placed: boolean,
  announce: (text: string) => void,
) {
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
    decisionButtons(api, path, entry, stage, announce),
  );
}

export function ownerPage(challengeId: string): Page {
  const path = `/v1/challenges/${encodeURIComponent(challengeId)}`;
  // The challenge's title arrives with its shortlist; until then (and from lists without one) its id.
  let challengeTitle: string | undefined;
  const page: Page = {
    title: () => t('ownerTitle', { title: challengeTitle ?? challengeId }),
    roles: ['need_owner', 'admin'],
    render(main, api) {
      const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, t('loading'));
      const body = h('div');
      main.append(status, body);
      const announce = (text: string) => {
        status.textContent = text;
      };
      void (async () => {
        try {
          const [shortlist, stages] = await Promise.all([
            api.get(`${path}/shortlist?k=20`, shortlistSchema),
            currentStages(api, path).catch(() => new Map<string, DecisionStage>()),
          ]);
          challengeTitle = shortlist.challengeTitle ?? challengeTitle;
          const placed = placedForBalance(shortlist.entries);
          showTitle(page);
          status.textContent = t('generatedAt', {
            at: formatTime(shortlist.generatedAt),
            version: shortlist.configVersion,
          });
          fill(
            body,
            shortlist.challengeStatus === 'closed' &&
              h('p', { class: 'notice', role: 'note' }, t('challengeClosed')),
            h(
              'p',
              { class: 'hint' },
              t('balanceLine', {
                pool: groupCountsText(shortlist.balance.pool),
                list: groupCountsText(shortlist.balance.list),
                // A share of ranking quality given up for balance, in percent: "nDCG" means nothing to an owner.
                loss: formatNumber(shortlist.balance.ndcgLoss * 100, 1),
              }),
            ),
            shortlist.entries.length === 0
              ? emptyListNote(shortlist)
              : h(
                  'ol',
                  { class: 'entries' },
                  ...shortlist.entries.map((e) =>
                    entryCard(api, path, e, stages.get(e.innovator.id), placed.has(e.innovator.id), announce),
                  ),
                ),
          );
        } catch (err) {
          status.textContent = t('failed', { detail: errorText(err) });
        }
      })();
    },
  };
  return page;
}
