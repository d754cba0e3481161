// Builds binary SDG dev sets (id,text,sdg,label) from the UN target and indicator texts into a
// temporary directory - never into the repository. Targets and indicators stay in separate files, so
// one can be used for tuning and the other held out. Per kind (`targets`, `indicators`):
//   *-binary.csv             easy: goal g's texts vs random texts of other goals (balanced)
//   *-hard-binary.csv        near misses: negatives are other goals' texts that contain g's vocabulary
//   *-paragraphs-binary.csv  composed paragraphs: a dominant goal (True) and a passing mention (False)
//   pnpm tsx scripts/eval/build-sdg-dev-set.ts [--data ../shared/data/sdg] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadUnSdgTexts } from '@suite/text/un-sdg-texts';
import { argValue, requireFile } from './cli';
import { easyRows, hardRows, paragraphRows, toCsv } from './sdg-dev-set-rows';
import { seededRandom } from './seeded-random';

const data = resolve(argValue('data') ?? '../shared/data/sdg');
const out = resolve(argValue('out') ?? join(tmpdir(), 'sdg-dev-set'));
// Paragraphs per dominant goal: enough for a stable per-goal accuracy (each goal also receives about
// as many "incidental" negatives from the other goals' paragraphs).
const PARAGRAPHS_PER_GOAL = 20;

requireFile(join(data, 'opensdg_en_global_targets.yml'), 'UN SDG texts (--data DIR)');
const texts = loadUnSdgTexts(data);
mkdirSync(out, { recursive: true });
for (const kind of ['target', 'indicator'] as const) {
  const own = texts.filter((t) => t.kind === kind);
  // Each set has its own seed, so adding one set never reshuffles another.
  const sets = [
    ['binary', easyRows(own, seededRandom(2030))],
    ['hard-binary', hardRows(own, seededRandom(2031))],
    ['paragraphs-binary', paragraphRows(own, seededRandom(2032), PARAGRAPHS_PER_GOAL)],
  ] as const;
  for (const [suffix, rows] of sets) {
    const file = join(out, `${kind}s-${suffix}.csv`);
    writeFileSync(file, toCsv(rows));
    const negatives = rows.filter((r) => !r.label).length;
    console.log(`wrote ${file} (${rows.length} rows, ${negatives} negative)`);
  }
}
