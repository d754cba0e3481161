/// <reference lib="dom" />
import { type Gender, genders, type outcomeStageSchema } from '@suite/contracts';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import type { z } from 'zod';
import { groupLabel } from '../component-bars';
import { h, scrollBox } from '../dom';
import { formatPercent, t } from '../i18n';
import { wrapLabel } from './chart-labels';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface MixRow {
  label: string;
  counts: Partial<Record<Gender, number>>;
}

// Distinguishable for common colour-vision deficiencies (Okabe-Ito).
const colours: Record<Gender, string> = {
  woman: '#d55e00',
  man: '#0072b2',
  non_binary: '#009e73',
  undisclosed: '#999999',
};

const total = (row: MixRow) => Object.values(row.counts).reduce((sum, n) => sum + (n ?? 0), 0);
/** The group's share of the row, 0-1. */
const share = (row: MixRow, group: Gender) => {
  const all = total(row);
  return all === 0 ? 0 : (row.counts[group] ?? 0) / all;
};

// Category labels longer than this wrap onto more lines: at 375 px a one-line "Visad för
// behovsägare (26)" was cut at the canvas edge.
const labelWidth = 16;

type OutcomeStage = z.output<typeof outcomeStageSchema>;

/** Pool and shortlist from the balance report, then each recruitment stage from the outcomes. */
export function mixRows(
  pool: Partial<Record<Gender, number>>,
  list: Partial<Record<Gender, number>>,
  stages: ReadonlyArray<{ stage: OutcomeStage; counts: Partial<Record<Gender, number>> }>,
): MixRow[] {
  return [
    { label: t('pool'), counts: pool },
    { label: t('shortlist'), counts: list },
    ...stages.map((s) => ({ label: t(`stage_${s.stage}`), counts: s.counts })),
  ];
}

/** A stacked 100 % bar per row, with the same numbers as a table for screen readers and keyboards. */
export function genderChart(
  rows: MixRow[],
  title = t('chartTitle'),
): { element: HTMLElement; destroy: () => void } {
  const canvas = h('canvas', { role: 'img', 'aria-label': title });
  const table = h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('stage')),
        ...genders.map((g) => h('th', { scope: 'col' }, groupLabel(g))),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${row.label} (${total(row)})`),
          ...genders.map((g) => h('td', {}, `${row.counts[g] ?? 0} (${formatPercent(share(row, g))})`)),
        ),
      ),
    ),
  );
  const element = h(
    'div',
    { class: 'chart' },
    h('div', { class: 'chart-canvas' }, canvas),
    h('details', {}, h('summary', {}, t('chartAsTable')), scrollBox(t('chartAsTable'), table)),
  );
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((row) => wrapLabel(`${row.label} (${total(row)})`, labelWidth)),
      datasets: genders.map((group) => ({
        label: groupLabel(group),
        data: rows.map((row) => 100 * share(row, group)),
        backgroundColor: colours[group],
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, min: 0, max: 100, title: { display: true, text: t('share') } },
        // Every stage named: on a narrow canvas the axis would otherwise skip wrapped labels.
        y: { stacked: true, ticks: { autoSkip: false } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label}: ${formatPercent((item.parsed.x ?? 0) / 100)}`,
          },
        },
      },
    },
  });
  return { element, destroy: () => chart.destroy() };
}
