import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const script = fileURLToPath(new URL('./token.ts', import.meta.url));

/** Runs the script as `pnpm token` does (tsx), with the development settings' defaults. */
function token(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { env: { PATH: process.env.PATH, NODE_ENV: 'development' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const payload = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.trim().split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

// What the arguments mean is in token-args.test.ts; these check the streams and exit codes.
// Each run starts Node and tsx and loads the platform package: seconds apiece on a busy machine.
describe.concurrent('pnpm token', { timeout: 120_000 }, () => {
  it('prints its usage to stdout for --help, and exits 0', async ({ expect }) => {
    const run = await token('--help');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^usage: pnpm token <admin\|need_owner\|innovator\|service>/);
    expect(run.stderr).toBe('');
  });

  it('refuses bad input with the problem and the usage line on stderr, exit 2, no stack trace', async ({
    expect,
  }) => {
    const cases: Array<[string[], RegExp]> = [
      [['admin', '--ttl', 'banana'], /--ttl "banana"/],
      [['admin', '--ttl', '48h'], /JWT_MAX_TTL 24h/],
    ];
    const runs = await Promise.all(cases.map(([args]) => token(...args)));
    for (const [i, [args, problem]] of cases.entries()) {
      const run = runs[i] ?? { code: 0, stdout: '', stderr: '' };
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(problem);
      expect(run.stderr).toContain('usage: pnpm token');
      expect(run.stderr).not.toMatch(/^\s+at |Error|node:internal/m);
    }
  });

  it('signs a token that lives as long as --ttl says', async ({ expect }) => {
    const run = await token('need_owner', '--org', 'org-1', '--ttl', '30m');
    expect(run.code, run.stderr).toBe(0);
    const claims = payload(run.stdout);
    expect(claims).toMatchObject({ role: 'need_owner', org: 'org-1' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(1_800);
  });
});
