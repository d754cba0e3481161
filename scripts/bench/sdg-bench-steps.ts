// The SDG rows of `pnpm bench`: English accuracy on the expert-labelled abstracts (issue targets
// 0.88 average, 0.75 weakest goal) and the Swedish fixtures (precision@1 and hit@3).
import { atLeast, type BenchStep, data, minutes, num, show } from './bench-figures';

export function sdgSteps(): BenchStep[] {
  return [
    {
      title: 'SDG tagging, expert-labelled abstracts (eval:sdg, binary)',
      script: 'eval:sdg',
      args: ['--data', `${data}/sdg-dev/oro_gold_binary.csv`],
      timeoutMs: minutes(10),
      rows: (f) => [
        {
          what: 'SDG per-goal accuracy, average',
          target: '>= 0.88',
          ours: show(num(f, 'avgAccuracy'), '', 3),
          met: atLeast(num(f, 'avgAccuracy'), 0.88),
        },
        {
          what: 'SDG per-goal accuracy, weakest goal',
          target: '>= 0.75',
          ours: show(num(f, 'minAccuracy'), '', 3),
          met: atLeast(num(f, 'minAccuracy'), 0.75),
        },
      ],
    },
    {
      title: 'SDG tagging, Swedish (eval:sdg, multi-label)',
      script: 'eval:sdg',
      args: ['--data', 'scripts/eval/fixtures/sdg-sv.csv'],
      timeoutMs: minutes(10),
      rows: (f) => [
        {
          what: 'Swedish SDG precision@1 (own fixture)',
          target: '>= 0.70',
          ours: show(num(f, 'precisionAt1'), '', 3),
          met: atLeast(num(f, 'precisionAt1'), 0.7),
        },
        {
          what: 'Swedish SDG hit@3 (own fixture)',
          target: '>= 0.85',
          ours: show(num(f, 'hitAt3'), '', 3),
          met: atLeast(num(f, 'hitAt3'), 0.85),
        },
      ],
    },
    swedishProjectsStep('scripts/eval/fixtures/sdg-sv-projects.csv', 'project and challenge texts'),
    swedishProjectsStep('scripts/eval/fixtures/sdg-sv-research.csv', 'research abstracts, not tuned on'),
  ];
}

/** The Swedish target (precision@1 >= 0.65, hit@3 >= 0.85) on one hand-labelled fixture. */
function swedishProjectsStep(file: string, what: string): BenchStep {
  return {
    title: `SDG tagging, Swedish ${what} (eval:sdg, multi-label)`,
    script: 'eval:sdg',
    args: ['--data', file],
    timeoutMs: minutes(10),
    rows: (f) => [
      {
        what: `Swedish SDG precision@1, ${what}`,
        target: '>= 0.65',
        ours: show(num(f, 'precisionAt1'), '', 3),
        met: atLeast(num(f, 'precisionAt1'), 0.65),
      },
      {
        what: `Swedish SDG hit@3, ${what}`,
        target: '>= 0.85',
        ours: show(num(f, 'hitAt3'), '', 3),
        met: atLeast(num(f, 'hitAt3'), 0.85),
      },
    ],
  };
}
