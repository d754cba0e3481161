import { type MatchingWeights, scoreComponentNames } from '@suite/contracts';

export interface WeightFigures {
  ndcg: number | null;
  recall: number | null;
  challenges: number;
}

export interface EvaluatedWeights extends WeightFigures {
  weights: MatchingWeights;
}

export interface WeightSearchOptions {
  start: MatchingWeights;
  /** Offline figures of a weight vector (builds the rankings and scores them against decisions). */
  evaluate: (weights: MatchingWeights) => Promise<WeightFigures>;
  /** Factors each weight is tried at per step; a zero weight is tried at these shares of the mean. */
  factors?: readonly number[];
  maxRounds?: number;
  top?: number;
}

const defaultFactors = [0, 0.25, 0.5, 2, 4];

/** Better first: higher nDCG, then higher recall; unscored (null) last. */
export const compareFigures = (a: WeightFigures, b: WeightFigures) =>
  (b.ndcg ?? -1) - (a.ndcg ?? -1) || (b.recall ?? -1) - (a.recall ?? -1);

/**
 * Keeps the weights' total at `total` (scores and the minimum score stay on the same scale) and
 * rounds to hundredths, so the same direction is evaluated once and saved values read cleanly.
 */
function normalise(weights: MatchingWeights, total: number): MatchingWeights | undefined {
  const sum = scoreComponentNames.reduce((s, name) => s + weights[name], 0);
  if (sum <= 0) return undefined;
  const out = { ...weights };
  for (const name of scoreComponentNames)
    out[name] = Math.min(100, Math.round((weights[name] / sum) * total * 100) / 100);
  return scoreComponentNames.some((name) => out[name] > 0) ? out : undefined;
}

const keyOf = (weights: MatchingWeights) => scoreComponentNames.map((name) => weights[name]).join(',');

/**
 * Coordinate ascent over the six weights for the best offline nDCG: each round tries every weight
 * at a few multiples of its value, moves to the best candidate if it beats the current one, and
 * stops when a round finds nothing better. Returns the best `top` configs it evaluated, best first.
 */
export async function searchWeights(opts: WeightSearchOptions): Promise<EvaluatedWeights[]> {
  const factors = opts.factors ?? defaultFactors;
  const total = Math.min(
    100,
    scoreComponentNames.reduce((s, name) => s + opts.start[name], 0),
  );
  const seen = new Map<string, EvaluatedWeights>();
  const evaluate = async (weights: MatchingWeights) => {
    const key = keyOf(weights);
    const known = seen.get(key);
    if (known) return known;
    const evaluated = { weights, ...(await opts.evaluate(weights)) };
    seen.set(key, evaluated);
    return evaluated;
  };

  const start = normalise(opts.start, total);
  if (!start) throw new Error('the start weights are all zero');
  let best = await evaluate(start);
  for (let round = 0; round < (opts.maxRounds ?? 6); round++) {
    let roundBest = best;
    const nonZero = scoreComponentNames.map((n) => best.weights[n]).filter((w) => w > 0);
    const meanWeight = nonZero.reduce((s, w) => s + w, 0) / nonZero.length;
    for (const name of scoreComponentNames) {
      for (const factor of factors) {
        const current = best.weights[name];
        const value = current > 0 ? current * factor : meanWeight * factor;
        const candidate = normalise({ ...best.weights, [name]: value }, total);
        if (!candidate) continue;
        const evaluated = await evaluate(candidate);
        if (compareFigures(evaluated, roundBest) < 0) roundBest = evaluated;
      }
    }
    if (roundBest === best) break;
    best = roundBest;
  }
  // Among equally good configs, the smallest change from the start comes first: easiest to trust.
  const distance = (w: MatchingWeights) =>
    scoreComponentNames.reduce((d, n) => d + Math.abs(w[n] - start[n]), 0);
  return [...seen.values()]
    .sort((a, b) => compareFigures(a, b) || distance(a.weights) - distance(b.weights))
    .slice(0, opts.top ?? 5);
}
