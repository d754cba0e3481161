// Writes the demo data set (need owners, challenges, innovators, ideas) as import files:
//   pnpm exec tsx scripts/demo-data/generate.ts --out DIR [--innovators 320] [--seed 2030]
//     [--openideo ../shared/data/openideo]
// English idea texts come from the OpenIDEO ideas (Apache-2.0) read from --openideo at run time;
// without that folder they come from this project's templates, and the script says so.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { demoDefaults, loadDemoData } from './demo-data-set';
import { writeDemoFiles } from './write-files';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    innovators: { type: 'string', default: String(demoDefaults.innovators) },
    seed: { type: 'string', default: String(demoDefaults.seed) },
    openideo: { type: 'string', default: demoDefaults.openIdeoDir },
  },
});
if (!values.out) {
  console.error('usage: generate.ts --out DIR [--innovators N] [--seed N] [--openideo DIR]');
  process.exit(2);
}
const data = loadDemoData({
  innovators: Number(values.innovators),
  seed: Number(values.seed),
  openIdeoDir: values.openideo,
});
for (const f of writeDemoFiles(path.resolve(values.out), data)) {
  console.log(`${f.kind.padEnd(14)} ${String(f.rows).padStart(5)} rows  ${f.file}`);
}
