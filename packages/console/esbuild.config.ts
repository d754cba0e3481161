// Bundles the browser console into dist/ (gitignored): one script and one stylesheet, no CDN, so
// the pages work offline and under the default Content-Security-Policy (no inline code).
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

const result = await build({
  absWorkingDir: here,
  entryPoints: ['src/browser/console.ts', 'src/browser/console.css'],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
});

const sizes = Object.entries(result.metafile.outputs)
  .filter(([file]) => !file.endsWith('.map'))
  .map(([file, out]) => `${file} ${(out.bytes / 1024).toFixed(1)} KiB`);
console.log(`console built: ${sizes.join(', ')}`);
