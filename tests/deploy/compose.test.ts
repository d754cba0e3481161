import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const secrets = {
  JWT_SECRET: 'a-test-secret-of-at-least-32-characters',
  UNSUBSCRIBE_SECRET: 'another-test-secret-of-32-characters',
  POSTGRES_PASSWORD: 'test-password',
};

/** `docker-compose config` validates and resolves the file; no Docker engine is needed for it. */
const composeConfig = (env: Record<string, string>) => {
  const { PATH, HOME } = process.env;
  return spawnSync('docker-compose', ['-f', 'deploy/compose.yaml', 'config'], {
    cwd: repoRoot,
    env: { PATH, HOME, ...env },
    encoding: 'utf8',
  });
};

const installed = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
if (!installed && process.env.CI === 'true') {
  throw new Error('docker-compose is missing; ./scripts/test installs it (apt-get install docker-compose)');
}

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: unknown[];
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
}

describe.skipIf(!installed)('deploy/compose.yaml (needs docker-compose)', () => {
  const run = composeConfig(secrets);
  const config =
    run.status === 0 ? (parse(run.stdout) as { services: Record<string, ComposeService> }) : null;
  const services = config?.services ?? {};

  it('validates with docker-compose config', () => {
    expect(run.stderr).not.toMatch(/invalid|error/i);
    expect(run.status).toBe(0);
  });

  it('refuses to resolve without the secrets it needs', () => {
    const missing = composeConfig({ POSTGRES_PASSWORD: 'x', UNSUBSCRIBE_SECRET: 'y' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('JWT_SECRET');
  });

  it('has Postgres, Redis, a mail relay, the three services and scalable workers', () => {
    expect(Object.keys(services).sort()).toEqual([
      'ingest',
      'ingest-worker',
      'mail',
      'matching',
      'notification',
      'notification-worker',
      'postgres',
      'redis',
    ]);
  });

  it('gives every container a health check and starts services only on healthy stores', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.test, name).toBeDefined();
    }
    for (const name of ['ingest', 'ingest-worker', 'matching', 'notification', 'notification-worker']) {
      const s = services[name];
      expect(s?.depends_on?.postgres?.condition, name).toBe('service_healthy');
      expect(s?.depends_on?.redis?.condition, name).toBe('service_healthy');
      expect(String(s?.healthcheck?.test), name).toContain('/readyz');
    }
  });

  it('runs Redis with an append-only file and noeviction', () => {
    const command = services.redis?.command?.join(' ') ?? '';
    expect(command).toMatch(/--appendonly yes/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
  });

  it('splits HTTP from workers: workers publish no ports, so --scale can start many', () => {
    for (const name of ['ingest-worker', 'notification-worker']) {
      expect(services[name]?.ports, name).toBeUndefined();
      expect(services[name]?.environment?.DISABLE_WORKERS, name).toBe('false');
    }
    for (const name of ['ingest', 'notification']) {
      expect(services[name]?.environment?.DISABLE_WORKERS, name).toBe('true');
    }
    expect(services['notification-worker']?.environment?.SMTP_URL).toBe('smtp://mail:1025');
    expect(services.matching?.environment?.DATABASE_URL).toMatch(
      /^postgres:\/\/suite:test-password@postgres/,
    );
  });

  it('runs ingest under a 1 GiB heap limit, so its memory stays flat in import size', () => {
    for (const name of ['ingest', 'ingest-worker']) {
      expect(services[name]?.environment?.NODE_OPTIONS, name).toBe('--max-old-space-size=1024');
    }
    expect(services.matching?.environment?.NODE_OPTIONS).toBeUndefined();
  });
});
