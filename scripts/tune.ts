// Searches the six matching weights for the best offline nDCG on past recruitment decisions
// (invited or better = relevant) and prints the top configs with their figures. Saves nothing:
// an admin who likes a result previews and saves it through PUT /v1/admin/matching-config.
//   pnpm tune --from-decisions [--k 20] [--top 5] [--json]
// Reads the matching service's database the way the service does: DATABASE_URL (+ DB_SCHEMA), or
// the embedded PGlite folder DATA_DIR (stop the service first: one process owns a PGlite folder).
import { parseArgs } from 'node:util';
import { type MatchingWeights, scoreComponentNames } from '@suite/contracts';
import { createLogger } from '@suite/platform';
import { loadMatchingConfig } from '../services/matching/src/config';
import { createDeps } from '../services/matching/src/deps';
import { type EvaluatedWeights, searchWeights } from '../services/matching/src/domain/tuning/weight-search';

const { values } = parseArgs({
  options: {
    'from-decisions': { type: 'boolean', default: false },
    k: { type: 'string', default: '20' },
    top: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const k = Number(values.k);
const top = Number(values.top);
if (
  !values['from-decisions'] ||
  !Number.isInteger(k) ||
  k < 1 ||
  k > 200 ||
  !Number.isInteger(top) ||
  top < 1
) {
  console.error('usage: pnpm tune --from-decisions [--k 1..200] [--top n] [--json]');
  process.exit(2);
}

const config = loadMatchingConfig();
// Logs go to stderr: stdout carries only the result, which `--json` callers parse.
const logger = createLogger({ service: 'tune', level: 'warn', destination: process.stderr });
const deps = await createDeps(config, { logger });
try {
  const current = await deps.matchingConfig.current();
  const judgements = await deps.offlineEvaluator.judgements();
  const figuresOf = (weights: MatchingWeights) => {
    const evaluation = deps.offlineEvaluator.evaluate(judgements, { ...current, version: 0, weights }, k);
    return { ndcg: evaluation.ndcg, recall: evaluation.recall, challenges: evaluation.challenges };
  };
  const baseline: EvaluatedWeights = { weights: current.weights, ...figuresOf(current.weights) };
  if (baseline.challenges === 0) {
    const why =
      judgements.size === 0 ? 'no decisions yet' : 'no invited-or-better decision on a known challenge';
    if (values.json)
      console.log(
        JSON.stringify({ k, current: { version: current.version, ...baseline }, top: [], note: why }),
      );
    else console.log(`${why}: nothing to tune on.`);
  } else {
    const results = await searchWeights({ start: current.weights, evaluate: async (w) => figuresOf(w), top });
    if (values.json) {
      console.log(JSON.stringify({ k, current: { version: current.version, ...baseline }, top: results }));
    } else {
      printTable(current.version, baseline, results);
    }
  }
} finally {
  await deps.shutdown.shutdown('tune done');
}

function printTable(version: number, baseline: EvaluatedWeights, results: EvaluatedWeights[]) {
  const share = (w: MatchingWeights, name: keyof MatchingWeights) => {
    const sum = scoreComponentNames.reduce((s, n) => s + w[n], 0);
    return `${((100 * w[name]) / sum).toFixed(0).padStart(3)}%`;
  };
  const fmt = (x: number | null) => (x === null ? '   -  ' : x.toFixed(4));
  const header = [
    'config'.padEnd(12),
    ...scoreComponentNames.map((n) => n.padStart(9)),
    `nDCG@${k}`.padStart(8),
    `recall@${k}`.padStart(10),
  ];
  const row = (label: string, e: EvaluatedWeights) =>
    [
      label.padEnd(12),
      ...scoreComponentNames.map((n) => share(e.weights, n).padStart(9)),
      fmt(e.ndcg).padStart(8),
      fmt(e.recall).padStart(10),
    ].join(' ');
  console.log(`offline figures on ${baseline.challenges} challenge(s) with decisions, k=${k}; nothing saved`);
  console.log(header.join(' '));
  console.log(row(`current v${version}`, baseline));
  results.forEach((r, i) => {
    console.log(row(`#${i + 1}`, r));
  });
  const best = results[0];
  if (best && (best.ndcg ?? 0) > (baseline.ndcg ?? 0)) {
    const moves = scoreComponentNames
      .map((n) => [n, best.weights[n] - baseline.weights[n]] as const)
      .filter(([, d]) => Math.abs(d) >= 0.5)
      .map(([n, d]) => `${n} ${d > 0 ? 'up' : 'down'}`);
    console.log(`best direction: ${moves.join(', ')}`);
    console.log(`weights to preview: ${JSON.stringify(best.weights)}`);
  } else {
    console.log('no config beats the current one on these decisions');
  }
}
