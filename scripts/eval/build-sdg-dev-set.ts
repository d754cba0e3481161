// Builds balanced binary SDG dev sets (id,text,sdg,label) from the UN target and indicator texts into
// a temporary directory - never into the repository. For each goal g: every text of g is a positive,
// and as many texts of other goals, drawn evenly across them by a seeded shuffle, are negatives.
//   pnpm tsx scripts/eval/build-sdg-dev-set.ts [--data ../shared/data/sdg] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadUnSdgTexts, type UnSdgText } from '@suite/text/un-sdg-texts';
import { argValue, csvField, requireFile } from './cli';
import { seededRandom, shuffle } from './seeded-random';

const data = resolve(argValue('data') ?? '../shared/data/sdg');
const out = resolve(argValue('out') ?? join(tmpdir(), 'sdg-dev-set'));

function binaryRows(texts: UnSdgText[], seed: number): string[] {
  const rows = ['id,text,sdg,label'];
  const random = seededRandom(seed);
  for (let goal = 1; goal <= 17; goal++) {
    const positives = texts.filter((t) => t.goal === goal);
    const negatives = shuffle(
      texts.filter((t) => t.goal !== goal),
      random,
    ).slice(0, positives.length);
    for (const t of positives) rows.push([`${t.id}@${goal}`, csvField(t.text), goal, 'True'].join(','));
    for (const t of negatives) rows.push([`${t.id}@${goal}`, csvField(t.text), goal, 'False'].join(','));
  }
  return rows;
}

requireFile(join(data, 'opensdg_en_global_targets.yml'), 'UN SDG texts (--data DIR)');
const texts = loadUnSdgTexts(data);
mkdirSync(out, { recursive: true });
for (const kind of ['target', 'indicator'] as const) {
  const file = join(out, `${kind}s-binary.csv`);
  writeFileSync(
    file,
    `${binaryRows(
      texts.filter((t) => t.kind === kind),
      2030,
    ).join('\n')}\n`,
  );
  console.log(`wrote ${file}`);
}
