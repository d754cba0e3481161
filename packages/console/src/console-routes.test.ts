import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHttpApp, createLogger } from '@suite/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoutes } from './console-routes';

const folderUrl = (dir: string) => pathToFileURL(`${dir}${path.sep}`);

async function serve(distDir: URL): Promise<{ url: string; server: Server }> {
  const app = createHttpApp({
    service: 'console-test',
    version: '0.0.0',
    logger: createLogger({ service: 'console-test', level: 'silent' }),
    auth: { secret: 'k'.repeat(40), issuer: 'test' },
    bodyLimit: '1kb',
    rateLimitPerMinute: 0,
    readiness: {},
    routes: consoleRoutes({ distDir }),
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
        server,
      });
    });
  });
}

describe('consoleRoutes', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'console-routes-'));
  const built = path.join(root, 'built');
  const empty = path.join(root, 'empty');
  let withBundle: { url: string; server: Server };
  let withoutBundle: { url: string; server: Server };

  beforeAll(async () => {
    mkdirSync(built);
    mkdirSync(empty);
    writeFileSync(path.join(built, 'admin.js'), 'document.title = "bundle";\n');
    writeFileSync(path.join(built, 'owner.js'), 'document.title = "owner";\n');
    writeFileSync(path.join(built, 'console.css'), 'body { margin: 0; }\n');
    withBundle = await serve(folderUrl(built));
    withoutBundle = await serve(folderUrl(empty));
  });

  afterAll(() => {
    withBundle.server.close();
    withoutBundle.server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves both pages as HTML that loads only external script and style files, under the CSP', async () => {
    for (const [page, script] of [
      ['/admin', 'admin'],
      ['/challenges/ch-1', 'owner'],
    ]) {
      const response = await fetch(`${withBundle.url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await response.text();
      // One script per page: the need-owner page does not load the admin console's code.
      expect(html).toContain(`<script type="module" src="/console/assets/${script}.js"></script>`);
      expect(html).toContain('<link rel="stylesheet" href="/console/assets/console.css">');
      expect(html).not.toMatch(/<script>|<style|style="/);
      // The need-owner page's small boot script comes first: it sends the page's requests early.
      expect(html.includes('<script defer src="/console/assets/owner-boot.js"></script>')).toBe(
        script === 'owner',
      );
    }
  });

  it('serves the bundle files with their content types, revalidated on every load', async () => {
    const script = await fetch(`${withBundle.url}/console/assets/admin.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('no-cache');
    expect(await script.text()).toBe('document.title = "bundle";\n');
    const style = await fetch(`${withBundle.url}/console/assets/console.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses paths outside the bundle with 400 and unknown files with 404', async () => {
    const outside = await fetch(`${withBundle.url}/console/assets/..%2Fpackage.json`);
    expect(outside.status).toBe(400);
    expect(await outside.json()).toMatchObject({ errors: [{ path: 'params.file' }] });
    const missing = await fetch(`${withBundle.url}/console/assets/other.js`);
    expect(missing.status).toBe(404);
    expect((await fetch(`${withBundle.url}/challenges/bad%20id`)).status).toBe(400);
  });

  it('answers 503 with the build command when the bundle was never built', async () => {
    for (const page of ['/admin', '/challenges/ch-1', '/console/assets/admin.js']) {
      const response = await fetch(`${withoutBundle.url}${page}`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({
        code: 'UNAVAILABLE',
        detail: expect.stringContaining('pnpm build:console'),
      });
    }
  });
});
