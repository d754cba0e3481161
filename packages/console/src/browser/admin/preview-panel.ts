/// <reference lib="dom" />
import { matchingConfigPreviewSchema, type Shortlist } from '@suite/contracts';
import type { z } from 'zod';
import { type Api, errorText } from '../api';
import { personGroupLabel } from '../component-bars';
import { debounce, fill, h } from '../dom';
import { formatNumber, t, tc } from '../i18n';
import { placedForBalance } from '../placed-for-balance';
import { balanceNote, emptyListNote, infeasibleText } from '../shortlist-notes';
import { type Draft, draftProblem } from './config-editor';
import { evaluationText } from './evaluation-text';

type Entry = Shortlist['entries'][number];
type Preview = z.output<typeof matchingConfigPreviewSchema>;

function column(
  title: string,
  kind: 'current' | 'proposed',
  list: Shortlist,
  mark: (e: Entry) => HTMLElement | undefined,
) {
  const placed = placedForBalance(list.entries);
  return h(
    'section',
    { class: `preview-column ${kind}` },
    h('h3', {}, title, list.relaxed && h('span', { class: 'tag' }, t('relaxed'))),
    list.entries.length === 0
      ? emptyListNote(list)
      : h(
          'ol',
          {},
          ...list.entries.map((e) =>
            h(
              'li',
              { 'data-innovator': e.innovator.id },
              h('span', { class: 'name' }, e.innovator.name),
              h('span', { class: 'group' }, personGroupLabel(e.group)),
              h('span', { class: 'score' }, formatNumber(e.score)),
              mark(e),
              placed.has(e.innovator.id) && balanceNote(),
            ),
          ),
        ),
  );
}

function render(preview: Preview): { summary: string; body: HTMLElement } {
  const entered = new Set(preview.changes.entered.map((e) => e.innovatorId));
  const left = new Set(preview.changes.left.map((e) => e.innovatorId));
  const moved = new Map(preview.changes.moved.map((m) => [m.innovatorId, m.from - m.to]));
  const infeasible = infeasibleText(preview.proposed);
  // With no proposed list, "left" beside every current entry says nothing the summary does not.
  if (infeasible) left.clear();
  const summary =
    infeasible ??
    (entered.size + left.size + moved.size === 0
      ? t('previewNoChange')
      : t('previewSummary', {
          entered: tc('countEntered', entered.size),
          left: tc('countLeft', left.size),
          moved: tc('countMoved', moved.size),
        }));
  const evaluation = evaluationText(preview.evaluation);
  const markCurrent = (e: Entry) =>
    left.has(e.innovator.id) ? h('span', { class: 'mark left' }, t('left')) : undefined;
  const markProposed = (e: Entry) => {
    if (entered.has(e.innovator.id)) return h('span', { class: 'mark entered' }, t('entered'));
    const delta = moved.get(e.innovator.id);
    if (delta === undefined) return undefined;
    return h(
      'span',
      { class: `mark ${delta > 0 ? 'up' : 'down'}` },
      delta > 0 ? `▲ ${t('movedUp', { n: delta })}` : `▼ ${t('movedDown', { n: -delta })}`,
    );
  };
  const body = h(
    'div',
    {},
    h('p', { class: 'evaluation' }, h('strong', {}, `${t('ndcgTitle')}: `), evaluation),
    preview.recommendations &&
      h(
        'p',
        { class: 'reach' },
        h('strong', {}, `${t('reachTitle')}: `),
        t('reachValues', {
          proposed: tc('innovators', preview.recommendations.proposed),
          current: preview.recommendations.current,
        }),
      ),
    h(
      'div',
      { class: 'preview-columns' },
      column(t('currentList'), 'current', preview.current, markCurrent),
      column(t('proposedList'), 'proposed', preview.proposed, markProposed),
    ),
  );
  return { summary, body };
}

/** The live preview: debounced, and only the answer to the latest request is shown. */
export function previewPanel(api: Api) {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, t('previewIdle'));
  const body = h('div', { class: 'preview-body' });
  const element = h(
    'section',
    { class: 'card preview', 'aria-busy': 'false' },
    h('h2', {}, t('previewTitle')),
    status,
    body,
  );
  let latest = 0;

  const run = async (challengeId: string, draft: Draft) => {
    const request = ++latest;
    const problem = draftProblem(draft);
    // The lists on show were made from an earlier draft: dimmed until the draft is valid again.
    body.classList.toggle('stale', problem !== undefined);
    if (problem) {
      element.setAttribute('aria-busy', 'false');
      status.textContent = t('failed', { detail: problem });
      return;
    }
    element.setAttribute('aria-busy', 'true');
    status.textContent = t('previewUpdating');
    try {
      const preview = await api.send(
        'POST',
        '/v1/admin/matching-config/preview',
        { config: draft, challengeId },
        matchingConfigPreviewSchema,
      );
      if (request !== latest) return;
      const view = render(preview);
      status.textContent = view.summary;
      fill(body, view.body);
    } catch (err) {
      if (request === latest) status.textContent = t('failed', { detail: errorText(err) });
    } finally {
      if (request === latest) element.setAttribute('aria-busy', 'false');
    }
  };
  const update = debounce(run, 300);
  /** Without a challenge there is nothing to preview: say so instead of the idle hint. */
  const needsChallenge = () => {
    latest++;
    element.setAttribute('aria-busy', 'false');
    status.textContent = t('previewNoChallenge');
  };
  return { element, update, needsChallenge };
}
