/// <reference lib="dom" />
import { genders, outcomesSchema, type stageSummarySchema } from '@suite/contracts';
import type { z } from 'zod';
import { type Api, errorText } from '../api';
import { groupLabel } from '../component-bars';
import { fill, h, scrollBox, uid } from '../dom';
import { formatMonth, formatPercent, t } from '../i18n';
import { genderChart } from './gender-chart';
import { defaultMonths, outcomesQuery } from './month-range';

type StageSummary = z.output<typeof stageSummarySchema>;

// Kept across re-renders (a language switch), like the rest of the admin page's state.
let months = defaultMonths();

const countCell = (stage: StageSummary, group: (typeof genders)[number]) =>
  h('td', {}, `${stage.counts[group]} (${formatPercent(stage.shares[group])})`);

const headerRow = (first: string[]) =>
  h(
    'thead',
    {},
    h(
      'tr',
      {},
      ...[...first, t('total'), ...genders.map(groupLabel)].map((label) => h('th', { scope: 'col' }, label)),
    ),
  );

/** Every month of the period: one row per stage, the month heading the rows it spans. */
function monthTable(rows: ReadonlyArray<{ month: string; stages: StageSummary[] }>): HTMLTableElement {
  return h(
    'table',
    { class: 'outcomes-months' },
    h('caption', {}, t('outcomesPerMonth')),
    headerRow([t('month'), t('stage')]),
    ...rows.map(({ month, stages }) =>
      h(
        'tbody',
        {},
        ...stages.map((stage, i) =>
          h(
            'tr',
            {},
            i === 0 && h('th', { scope: 'rowgroup', rowspan: stages.length }, formatMonth(month)),
            h('th', { scope: 'row' }, t(`stage_${stage.stage}`)),
            h('td', {}, stage.total),
            ...genders.map((group) => countCell(stage, group)),
          ),
        ),
      ),
    ),
  );
}

/** All challenges' recruitment funnel per gender group over a period of months (`GET /v1/admin/outcomes`). */
export function outcomesReport(api: Api): HTMLElement {
  const fromId = uid('outcomes-from');
  const toId = uid('outcomes-to');
  const helpId = uid('outcomes-help');
  const monthInput = (id: string, value: string) =>
    h('input', { id, type: 'month', value, placeholder: 'YYYY-MM', 'aria-describedby': helpId });
  const from = monthInput(fromId, months.from);
  const to = monthInput(toId, months.to);
  const message = h('p', { class: 'error', role: 'alert' });
  const body = h('div', { 'aria-live': 'polite' });
  let destroyChart = () => {};

  const load = async () => {
    const range = outcomesQuery(from.value, to.value);
    for (const input of [from, to]) input.removeAttribute('aria-invalid');
    if ('problem' in range) {
      const field = range.field === 'from' ? from : to;
      field.setAttribute('aria-invalid', 'true');
      message.textContent = t(range.problem);
      field.focus();
      return;
    }
    months = { from: from.value, to: to.value };
    message.textContent = '';
    fill(body, t('loading'));
    try {
      const report = await api.get(`/v1/admin/outcomes${range.query}`, outcomesSchema);
      destroyChart();
      destroyChart = () => {};
      if (report.stages.every((stage) => stage.total === 0))
        return fill(body, h('p', {}, t('outcomesEmpty')));
      const chart = genderChart(
        report.stages.map((stage) => ({ label: t(`stage_${stage.stage}`), counts: stage.counts })),
        t('outcomesChart'),
      );
      destroyChart = chart.destroy;
      fill(
        body,
        h('h3', {}, t('outcomesTotals')),
        chart.element,
        scrollBox(t('outcomesPerMonth'), monthTable(report.months)),
      );
    } catch (err) {
      fill(body, h('p', { class: 'error' }, t('failed', { detail: errorText(err) })));
    }
  };

  const form = h(
    'form',
    {
      class: 'row outcomes-range',
      novalidate: true,
      on: {
        submit: (event) => {
          event.preventDefault();
          void load();
        },
      },
    },
    h('div', {}, h('label', { for: fromId }, t('fromMonth')), from),
    h('div', {}, h('label', { for: toId }, t('toMonth')), to),
    h('button', { type: 'submit' }, t('show')),
  );
  void load();
  return h(
    'section',
    { class: 'card outcomes' },
    h('h2', {}, t('outcomesTitle')),
    h('p', { class: 'hint' }, t('outcomesHelp')),
    form,
    h('p', { id: helpId, class: 'hint' }, t('monthHelp')),
    message,
    body,
  );
}
