// Bundles the browser console into dist/ (gitignored): one script per page - admin.js for /admin,
// owner.js for /challenges/{id} (after the small owner-boot.js), each whole, so a page loads no
// chunks one after another - and one stylesheet; no CDN, so the pages work offline and under the
// default Content-Security-Policy.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const outdir = path.join(here, 'dist');

// zod re-exports its error messages in some forty languages (`z.locales`); the console shows its own
// texts and uses zod's default English only, so the rest (about 250 KiB, most of the bundle) stays out.
let localesReplaced = 0;
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: path.join(path.dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => {
      localesReplaced += 1;
      return {
        contents: `export { default as en } from ${JSON.stringify(path.join(path.dirname(args.path), 'en.js'))};`,
        loader: 'js',
        resolveDir: path.dirname(args.path),
      };
    });
  },
};

// The contracts are zod schemas and types only ("browser-safe", their index says), but zod calls
// look like side effects to a bundler, so every module behind the index would be evaluated on page
// load - the event and queue catalogs and the ingest API too. Marked free of side effects, the
// modules a page does not use are left out: owner.js evaluates about a quarter faster.
const contractsWithoutSideEffects: Plugin = {
  name: 'contracts-without-side-effects',
  setup(build) {
    const contracts = `${path.sep}contracts${path.sep}src${path.sep}`;
    build.onResolve({ filter: /^(@suite\/contracts|\.\/[a-z-]+)$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      if (args.path !== '@suite/contracts' && !args.importer.includes(contracts)) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return resolved.errors.length > 0 ? undefined : { ...resolved, sideEffects: false };
    });
  },
};

const common = {
  absWorkingDir: here,
  outdir,
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
} as const;

// The need-owner page's first script, a classic one (see src/browser/owner-boot.ts).
const boot = await build({ ...common, entryPoints: ['src/browser/owner-boot.ts'], format: 'iife' });

const result = await build({
  ...common,
  entryPoints: ['src/browser/admin.ts', 'src/browser/owner.ts', 'src/browser/console.css'],
  format: 'esm',
  plugins: [zodEnglishOnly, contractsWithoutSideEffects],
});

if (localesReplaced === 0) {
  // zod moved its locales: the bundle would silently grow back by a quarter of a megabyte.
  throw new Error('zod-english-only matched nothing: check how zod imports its locales');
}
const outputs = { ...boot.metafile.outputs, ...result.metafile.outputs };
// Files of an entry that no longer exists (console.js before the split) go; the folder itself stays,
// so a running service never finds the bundle missing while it is rebuilt.
const written = new Set(Object.keys(outputs).map((file) => path.basename(file)));
for (const file of readdirSync(outdir)) if (!written.has(file)) rmSync(path.join(outdir, file));

const sizes = Object.entries(outputs)
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, out]) => `${file} ${(out.bytes / 1024).toFixed(1)} KiB`);
console.log(`console built: ${sizes.join(', ')}`);
