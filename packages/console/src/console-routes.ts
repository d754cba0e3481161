import { access, readFile } from 'node:fs/promises';
import { appError, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';

// `pnpm build:console` writes the bundle here; the folder is not committed.
const defaultDistDir = new URL('../dist/', import.meta.url);

const assetTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

// Only files esbuild writes: a name, one dot, a known extension (no paths, no traversal).
const assetFileSchema = z.object({
  file: z.string().regex(/^[a-z0-9-]+\.(js|css)(\.map|\.LEGAL\.txt)?$/, 'not a console asset'),
});

const notBuilt = () => appError('UNAVAILABLE', 'the admin console is not built: run pnpm build:console');

/** The two pages' bundles: each page loads one script (no chunks fetched one after another). */
type Entry = 'admin' | 'owner';

const built = (distDir: URL, entry: Entry = 'admin') =>
  access(new URL(`${entry}.js`, distDir)).then(
    () => true,
    () => false,
  );

async function readAsset(distDir: URL, file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(new URL(file, distDir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** The page shell: everything else comes from the bundle, so no inline script or style is needed. */
async function page(distDir: URL, entry: Entry): Promise<string> {
  if (!(await built(distDir, entry))) throw notBuilt();
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Matching console</title>',
    // No favicon request (a 404 would show up as a console error).
    '<link rel="icon" href="data:,">',
    '<link rel="stylesheet" href="/console/assets/console.css">',
    // The need-owner page's boot script sends its requests while owner.js loads (deferred scripts and
    // module scripts run in document order, the boot script first).
    entry === 'owner' && '<script defer src="/console/assets/owner-boot.js"></script>',
    `<script type="module" src="/console/assets/${entry}.js"></script>`,
    '</head>',
    '<body><div id="app"><noscript>The console needs JavaScript. / Konsolen behöver JavaScript.</noscript></div></body>',
    '</html>',
  ]
    .filter(Boolean)
    .join('\n');
}

const htmlResponses = {
  200: {
    description: 'The console page (the bundle signs in with a bearer token)',
    contentType: 'text/html',
  },
  503: { description: 'The console bundle has not been built' },
};

/**
 * The admin console (`/admin`), the need-owner page (`/challenges/{id}`) and their bundled assets.
 * `distDir` (a folder URL ending in `/`) is where the bundle is read from; tests point it elsewhere.
 */
export function consoleRoutes(opts: { distDir?: URL } = {}): Route[] {
  const distDir = opts.distDir ?? defaultDistDir;
  return [
    defineRoute({
      method: 'get',
      path: '/admin',
      summary: 'Admin console: weights, balance policy, preview, audit log, SDG playground',
      tags: ['console'],
      auth: 'public',
      responses: htmlResponses,
      handler: async () => ({ status: 200, html: await page(distDir, 'admin') }),
    }),
    defineRoute({
      method: 'get',
      path: '/challenges/{id}',
      summary: "Need-owner page: a challenge's shortlist with explanations and decision buttons",
      tags: ['console'],
      auth: 'public',
      params: z.object({
        id: z
          .string()
          .regex(/^[A-Za-z0-9_.:-]+$/)
          .max(128),
      }),
      responses: htmlResponses,
      handler: async () => ({ status: 200, html: await page(distDir, 'owner') }),
    }),
    defineRoute({
      method: 'get',
      path: '/console/assets/{file}',
      summary: 'A file of the console bundle (script, stylesheet, source map)',
      tags: ['console'],
      auth: 'public',
      params: assetFileSchema,
      responses: {
        200: { description: 'The file', contentType: 'text/javascript' },
        404: { description: 'No such file in the bundle' },
        503: { description: 'The console bundle has not been built' },
      },
      handler: async ({ params }) => {
        const content = await readAsset(distDir, params.file);
        if (!content) {
          if (!(await built(distDir))) throw notBuilt();
          throw appError('NOT_FOUND', `no console asset ${params.file}`);
        }
        const extension = params.file.split('.').pop() ?? '';
        return {
          status: 200,
          content,
          contentType: assetTypes[extension] ?? 'application/octet-stream',
          // Rebuilt files keep their names, so the browser revalidates instead of trusting a stale copy.
          headers: { 'cache-control': 'no-cache' },
        };
      },
    }),
  ];
}
