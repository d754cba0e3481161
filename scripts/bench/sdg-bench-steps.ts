// The SDG rows of `pnpm bench`: English accuracy on the expert-labelled abstracts (issue targets
// 0.88 average, 0.75 weakest goal) and the Swedish fixtures (precision@1 and hit@3).
import { atLeast, type BenchStep, data, type Figures, minutes, num, type Row, show } from './bench-figures';

/** One row: a figure of an eval's summary against its floor. */
const floorRow = (f: Figures, what: string, key: string, floor: number): Row => ({
  what,
  target: `>= ${floor.toFixed(2)}`,
  ours: show(num(f, key), '', 3),
  met: atLeast(num(f, key), floor),
});

const evalSdg = (title: string, file: string, rows: BenchStep['rows']): BenchStep => ({
  title: `${title} (eval:sdg)`,
  script: 'eval:sdg',
  args: ['--data', file],
  timeoutMs: minutes(10),
  rows,
});

/** Precision@1 and hit@3 on a hand-labelled Swedish fixture (the issue: >= 0.65 and >= 0.85 on project abstracts). */
const swedish = (file: string, what: string, precisionFloor: number): BenchStep =>
  evalSdg(`SDG tagging, Swedish ${what}, multi-label`, `scripts/eval/fixtures/${file}`, (f) => [
    floorRow(f, `Swedish SDG precision@1, ${what}`, 'precisionAt1', precisionFloor),
    floorRow(f, `Swedish SDG hit@3, ${what}`, 'hitAt3', 0.85),
  ]);

export function sdgSteps(): BenchStep[] {
  return [
    evalSdg('SDG tagging, expert-labelled abstracts, binary', `${data}/sdg-dev/oro_gold_binary.csv`, (f) => [
      floorRow(f, 'SDG per-goal accuracy, average', 'avgAccuracy', 0.88),
      floorRow(f, 'SDG per-goal accuracy, weakest goal', 'minAccuracy', 0.75),
    ]),
    swedish('sdg-sv.csv', 'own fixture', 0.7),
    swedish('sdg-sv-projects.csv', 'project and challenge texts', 0.65),
    swedish('sdg-sv-research.csv', 'research abstracts, not tuned on', 0.65),
  ];
}
