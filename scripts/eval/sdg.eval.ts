// Evaluates the SDG tagger on a CSV file; the header tells the format apart:
//   id,text,sdg,label  binary: is goal `sdg` addressed (True/False)? -> accuracy per SDG, average, minimum
//   id,text,sdgs       multi-label, goals separated by ';'          -> precision@1, hit@3, micro-F1
// The binary decision is the tagger's own: goal g is addressed when it is among `tags` (score over the
// threshold and dominant enough next to the text's strongest goal), exactly as the service tags.
//   pnpm eval:sdg --data FILE [--split calibrate|heldout] [--threshold 0.3] [--dominance 0.7]
//                 [--secondary-share 0.3] [--strong-evidence 7] [--sweep] [--verbose]
// --split keeps one half of the rows (by id hash, see dev-split.ts): the per-goal calibration
// (calibrate-sdg.ts) reads the `calibrate` half of the expert dev set, so report the `heldout` half.
import { resolve } from 'node:path';
import { createSdgTagger, SDG_COUNT, type SdgTagger, type SdgTagging } from '@suite/text';
import { argValue, hasFlag, printSummary, readCsv } from './cli';
import { devSplit } from './dev-split';

const file = argValue('data');
if (file === undefined) {
  console.error('usage: pnpm eval:sdg --data FILE   (id,text,sdg,label or id,text,sdgs)');
  process.exit(2);
}
const numberArg = (name: string): number | undefined => {
  const value = argValue(name);
  return value === undefined ? undefined : Number(value);
};
const threshold = numberArg('threshold');
const dominance = numberArg('dominance');
const secondaryShare = numberArg('secondary-share');
const strongEvidence = numberArg('strong-evidence');
const split = argValue('split');
if (split !== undefined && split !== 'calibrate' && split !== 'heldout') {
  console.error('--split must be calibrate or heldout');
  process.exit(2);
}
const rows = readCsv(resolve(file)).filter((row) => split === undefined || devSplit(row.id ?? '') === split);
const columns = Object.keys(rows[0] ?? {});
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const setting = `threshold ${threshold ?? 'calibrated'}, dominance ${dominance ?? 'calibrated'}${secondaryShare === undefined ? '' : `, secondary share ${secondaryShare}`}${strongEvidence === undefined ? '' : `, strong evidence ${strongEvidence}`}${split === undefined ? '' : `, ${split} half`}`;

// Tag each distinct text once per tagger: binary files repeat a text for several goals.
const caches = new Map<SdgTagger, Map<string, SdgTagging>>();
const tagText = (tagger: SdgTagger, text: string): SdgTagging => {
  const cache = caches.get(tagger) ?? new Map<string, SdgTagging>();
  caches.set(tagger, cache);
  let result = cache.get(text);
  if (result === undefined) {
    result = tagger.tag(text);
    cache.set(text, result);
  }
  return result;
};
const tagger = createSdgTagger({
  ...(threshold === undefined ? {} : { threshold }),
  ...(dominance === undefined ? {} : { dominance }),
  ...(secondaryShare === undefined ? {} : { secondaryShare }),
  ...(strongEvidence === undefined ? {} : { strongEvidence }),
});

function binaryAccuracy(candidate: SdgTagger): { perSdg: Record<string, number>; avg: number; min: number } {
  const correct = new Array<number>(SDG_COUNT).fill(0);
  const total = new Array<number>(SDG_COUNT).fill(0);
  for (const row of rows) {
    const goal = Number(row.sdg);
    if (!(goal >= 1 && goal <= SDG_COUNT)) continue;
    const expected = /^(true|1|yes)$/i.test((row.label ?? '').trim());
    const predicted = tagText(candidate, row.text ?? '').tags.some((tag) => tag.goal === goal);
    if (hasFlag('verbose') && predicted !== expected) console.log(`  wrong ${row.id}: goal ${goal}`);
    total[goal - 1] = (total[goal - 1] ?? 0) + 1;
    if (predicted === expected) correct[goal - 1] = (correct[goal - 1] ?? 0) + 1;
  }
  const perSdg: Record<string, number> = {};
  const accuracies: number[] = [];
  for (let g = 0; g < SDG_COUNT; g++) {
    if ((total[g] ?? 0) === 0) continue;
    const accuracy = (correct[g] ?? 0) / (total[g] ?? 1);
    perSdg[String(g + 1)] = round(accuracy);
    accuracies.push(accuracy);
  }
  const avg = accuracies.reduce((a, b) => a + b, 0) / Math.max(1, accuracies.length);
  return { perSdg, avg, min: accuracies.length > 0 ? Math.min(...accuracies) : 0 };
}

if (columns.includes('label') && columns.includes('sdg')) {
  console.log(`binary format: ${rows.length} rows from ${file}, ${setting}`);
  if (hasFlag('sweep')) {
    for (let t = 0.1; t <= 0.501; t += 0.1) {
      for (const d of [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1]) {
        const r = binaryAccuracy(createSdgTagger({ threshold: t, dominance: d }));
        console.log(
          `  threshold ${t.toFixed(2)} dominance ${d.toFixed(2)}: avg ${r.avg.toFixed(4)} min ${r.min.toFixed(4)}`,
        );
      }
    }
  }
  const result = binaryAccuracy(tagger);
  for (const [goal, accuracy] of Object.entries(result.perSdg))
    console.log(`  SDG ${goal.padStart(2)}: ${accuracy.toFixed(4)}`);
  console.log(`average accuracy ${result.avg.toFixed(4)}, minimum ${result.min.toFixed(4)}`);
  printSummary({ avgAccuracy: round(result.avg), minAccuracy: round(result.min), perSdg: result.perSdg });
} else if (columns.includes('sdgs')) {
  let top1 = 0;
  let top3 = 0;
  let truePositives = 0;
  let predictedCount = 0;
  let goldCount = 0;
  let n = 0;
  for (const row of rows) {
    const gold = new Set(
      (row.sdgs ?? '')
        .split(/[;,\s]+/)
        .map(Number)
        .filter((g) => g >= 1 && g <= SDG_COUNT),
    );
    if (gold.size === 0) continue;
    n++;
    const result = tagText(tagger, row.text ?? '');
    const ranked = result.scores
      .map((score, i) => ({ goal: i + 1, score }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || a.goal - b.goal);
    if (ranked[0] !== undefined && gold.has(ranked[0].goal)) top1++;
    if (ranked.slice(0, 3).some((x) => gold.has(x.goal))) top3++;
    const predicted = result.tags.map((tag) => tag.goal);
    predictedCount += predicted.length;
    goldCount += gold.size;
    truePositives += predicted.filter((g) => gold.has(g)).length;
    if (hasFlag('verbose') && (ranked[0] === undefined || !gold.has(ranked[0].goal))) {
      console.log(
        `  miss ${row.id}: gold ${[...gold].join(';')} top ${ranked
          .slice(0, 3)
          .map((x) => x.goal)
          .join(',')}`,
      );
    }
  }
  const precision = predictedCount > 0 ? truePositives / predictedCount : 0;
  const recall = goldCount > 0 ? truePositives / goldCount : 0;
  const microF1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const precisionAt1 = n > 0 ? top1 / n : 0;
  const hitAt3 = n > 0 ? top3 / n : 0;
  console.log(`multi-label format: ${n} texts from ${file}, ${setting}`);
  console.log(`precision@1 ${precisionAt1.toFixed(4)}, hit@3 ${hitAt3.toFixed(4)}`);
  console.log(
    `micro precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}, F1 ${microF1.toFixed(4)}`,
  );
  printSummary({ precisionAt1: round(precisionAt1), hitAt3: round(hitAt3), microF1: round(microF1) });
} else {
  console.error(`unknown format: header ${columns.join(',')}; expected id,text,sdg,label or id,text,sdgs`);
  process.exit(2);
}
