/// <reference lib="dom" />
import { challengeOutcomesSchema, shortlistSchema } from '@suite/contracts';
import { type Api, errorText } from '../api';
import { componentBars, personGroupLabel } from '../component-bars';
import { fill, h } from '../dom';
import { formatNumber, t } from '../i18n';
import { emptyListNote } from '../shortlist-notes';
import { genderChart, mixRows } from './gender-chart';

/** The gender mix chart and the per-candidate score components for one challenge, current config. */
export function insights(api: Api) {
  const chartBody = h('div', { 'aria-live': 'polite' }, t('noChallenge'));
  const barsBody = h('div', {}, t('noChallenge'));
  let destroyChart = () => {};

  const show = async (challengeId: string) => {
    fill(chartBody, t('loading'));
    fill(barsBody, t('loading'));
    const path = `/v1/challenges/${encodeURIComponent(challengeId)}`;
    try {
      const [shortlist, outcomes] = await Promise.all([
        api.get(`${path}/shortlist?k=20`, shortlistSchema),
        api.get(`${path}/outcomes`, challengeOutcomesSchema).catch((err: unknown) => err as Error),
      ]);
      const stages = outcomes instanceof Error ? [] : outcomes.stages;
      destroyChart();
      const chart = genderChart(mixRows(shortlist.balance.pool, shortlist.balance.list, stages));
      destroyChart = chart.destroy;
      fill(
        chartBody,
        chart.element,
        outcomes instanceof Error && h('p', { class: 'error' }, t('failed', { detail: errorText(outcomes) })),
      );
      fill(
        barsBody,
        shortlist.entries.length === 0
          ? emptyListNote(shortlist)
          : h(
              'ol',
              { class: 'candidates' },
              ...shortlist.entries.map((entry) =>
                h(
                  'li',
                  {},
                  h(
                    'p',
                    { class: 'candidate' },
                    h('strong', {}, entry.innovator.name),
                    ` · ${entry.idea.title} · ${personGroupLabel(entry.group)} · ${t('score')} ${formatNumber(entry.score)}`,
                  ),
                  componentBars(entry.components),
                ),
              ),
            ),
      );
    } catch (err) {
      const message = h('p', { class: 'error' }, t('failed', { detail: errorText(err) }));
      fill(chartBody, message);
      fill(barsBody, message.cloneNode(true));
    }
  };
  return {
    chart: h('section', { class: 'card mix' }, h('h2', {}, t('chartTitle')), chartBody),
    bars: h('section', { class: 'card' }, h('h2', {}, t('componentsTitle')), barsBody),
    show,
  };
}
