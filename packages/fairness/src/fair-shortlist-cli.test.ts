import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

function runCli(stdin: string): Promise<{ code: number | null; lines: Record<string, unknown>[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/fair-shortlist.ts'], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, lines });
    });
    child.stdin.end(stdin);
  });
}

const men = [
  { id: 'm1', score: 0.95, group: 'man' },
  { id: 'm2', score: 0.9, group: 'man' },
  { id: 'm3', score: 0.85, group: 'man' },
];
const women = [
  { id: 'w1', score: 0.5, group: 'woman' },
  { id: 'w2', score: 0.4, group: 'woman' },
];

describe('pnpm fair-shortlist', () => {
  it('answers every NDJSON line in order, with an error object on bad lines, and keeps going', async () => {
    const input = [
      {
        candidates: [...men, ...women],
        policy: { k: 5, groups: { woman: { min: 0.4 }, man: { min: 0.4, max: 0.6 } } },
      },
      '{"candidates": [',
      { candidates: [{ id: 'x', score: -1, group: 'alien' }], policy: { k: 0 } },
      { candidates: men, policy: { k: 3, mode: 'strict' } },
      { candidates: men, policy: { k: 3 } },
    ]
      .map((line) => (typeof line === 'string' ? line : JSON.stringify(line)))
      .join('\n');
    const { code, lines } = await runCli(`${input}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(5);

    const [balanced, badJson, badInput, strict, relaxed] = lines;
    expect(balanced).toMatchObject({ shortlist: ['m1', 'm2', 'w1', 'm3', 'w2'], relaxed: false });
    expect(balanced).toHaveProperty('report.groups.woman', { pool: 2, list: 2, skew: 1 });

    expect(badJson).toMatchObject({ line: 2, error: { code: 'INVALID_JSON' } });

    expect(badInput).toMatchObject({ line: 3, error: { code: 'FAIRNESS_VALIDATION_FAILED' } });
    const paths = (badInput as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path);
    expect(paths).toEqual(['candidates.0.score', 'candidates.0.group', 'policy.k']);

    expect(strict).toEqual({ feasible: false, shortfall: { woman: 1 } });

    expect(relaxed).toMatchObject({ shortlist: ['m1', 'm2', 'm3'], relaxed: true });
    expect(relaxed).toHaveProperty('violations', [
      { prefix: 3, group: 'woman', bound: 'min', limit: 1, count: 0, amount: 1 },
    ]);
  }, 60_000);

  it('streams many lines without losing any', async () => {
    const line = JSON.stringify({ candidates: [...men, ...women], policy: { k: 4 } });
    const { code, lines } = await runCli(`${Array.from({ length: 500 }, () => line).join('\n')}\n`);
    expect(code).toBe(0);
    expect(lines).toHaveLength(500);
    expect(lines.every((l) => Array.isArray(l.shortlist))).toBe(true);
  }, 60_000);
});
