import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';

const dir = fileURLToPath(new URL('../../deploy/k8s', import.meta.url));

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  // biome-ignore lint/suspicious/noExplicitAny: a manifest's spec is checked by the Kubernetes schema, not by this type
  spec?: any;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

/** Each kind these manifests use, with the model that validates it against the Kubernetes schema. */
const models: Record<string, (m: Manifest) => { validate(): void }> = {
  'apps/v1 Deployment': (m) => new Deployment(m as never),
  'autoscaling/v2 HorizontalPodAutoscaler': (m) => new HorizontalPodAutoscaler(m as never),
  'v1 Service': (m) => new Service(m as never),
  'v1 ConfigMap': (m) => new ConfigMap(m as never),
  'v1 Secret': (m) => new Secret(m as never),
  'v1 Namespace': (m) => new Namespace(m as never),
};

const manifests: (Manifest & { file: string })[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((file) =>
    parseAllDocuments(readFileSync(path.join(dir, file), 'utf8')).map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      return { ...(doc.toJS() as Manifest), file };
    }),
  );
const byKind = (kind: string) => manifests.filter((m) => m.kind === kind);

describe('Kubernetes manifests in deploy/k8s', () => {
  it.each(manifests.map((m) => [`${m.file}: ${m.kind} ${m.metadata?.name}`, m] as const))(
    '%s validates against the Kubernetes schema',
    (_, manifest) => {
      const model = models[`${manifest.apiVersion} ${manifest.kind}`];
      expect(model, `no schema model for ${manifest.apiVersion} ${manifest.kind}`).toBeDefined();
      expect(() => model?.(manifest).validate()).not.toThrow();
    },
  );

  it('the validation rejects a broken manifest (the check can fail)', () => {
    const deployment = structuredClone(byKind('Deployment')[0]) as Manifest;
    deployment.spec.template.spec.containers[0].ports[0].containerPort = 'http-port';
    expect(() => new Deployment(deployment as never).validate()).toThrow();
    const hpa = structuredClone(byKind('HorizontalPodAutoscaler')[0]) as Manifest;
    delete hpa.spec.scaleTargetRef;
    expect(() => new HorizontalPodAutoscaler(hpa as never).validate()).toThrow();
  });

  it('runs the three services and a worker per queue consumer, all in one namespace', () => {
    const names = byKind('Deployment').map((d) => d.metadata.name);
    expect(names.sort()).toEqual([
      'ingest',
      'ingest-worker',
      'matching',
      'notification',
      'notification-worker',
    ]);
    expect(new Set(manifests.map((m) => m.metadata.namespace ?? m.metadata.name))).toEqual(
      new Set(['social-match']),
    );
  });

  it('every container has readiness on /readyz, liveness on /healthz, settings from the ConfigMap and Secret', () => {
    const configMaps = new Set(byKind('ConfigMap').map((c) => c.metadata.name));
    const secrets = new Set(byKind('Secret').map((s) => s.metadata.name));
    for (const d of byKind('Deployment')) {
      const pod = d.spec.template.spec;
      expect(pod.securityContext.runAsNonRoot).toBe(true);
      for (const c of pod.containers) {
        expect(c.readinessProbe.httpGet.path, d.metadata.name).toBe('/readyz');
        expect(c.livenessProbe.httpGet.path, d.metadata.name).toBe('/healthz');
        const sources = c.envFrom as { configMapRef?: { name: string }; secretRef?: { name: string } }[];
        expect(sources.some((s) => s.configMapRef && configMaps.has(s.configMapRef.name))).toBe(true);
        expect(sources.some((s) => s.secretRef && secrets.has(s.secretRef.name))).toBe(true);
        const env = Object.fromEntries(
          (c.env as { name: string; value: string }[]).map((e) => [e.name, e.value]),
        );
        expect(env.DISABLE_WORKERS).toBe(
          d.metadata.name.endsWith('-worker') || d.metadata.name === 'matching' ? 'false' : 'true',
        );
      }
      expect(d.spec.selector.matchLabels).toEqual(
        expect.objectContaining({
          'app.kubernetes.io/name': d.spec.template.metadata.labels['app.kubernetes.io/name'],
        }),
      );
    }
  });

  it('autoscales each worker Deployment and exposes each HTTP service', () => {
    const deployments = new Set(byKind('Deployment').map((d) => d.metadata.name));
    const scaled = byKind('HorizontalPodAutoscaler').map((h) => h.spec.scaleTargetRef.name);
    expect(scaled.sort()).toEqual(['ingest-worker', 'notification-worker']);
    for (const name of scaled) expect(deployments.has(name)).toBe(true);
    for (const s of byKind('Service')) {
      const target = byKind('Deployment').find(
        (d) => d.metadata.name === s.spec.selector['app.kubernetes.io/name'],
      );
      expect(target, s.metadata.name).toBeDefined();
    }
    expect(
      byKind('Service')
        .map((s) => s.metadata.name)
        .sort(),
    ).toEqual(['ingest', 'matching', 'notification']);
  });

  it('keeps secrets in the Secret, and hash-tags the queue prefix for Redis Cluster', () => {
    const config = byKind('ConfigMap')[0]?.data ?? {};
    for (const key of ['JWT_SECRET', 'UNSUBSCRIBE_SECRET', 'DATABASE_URL', 'SMTP_URL']) {
      expect(config[key], key).toBeUndefined();
      expect(byKind('Secret')[0]?.stringData?.[key], key).toBeDefined();
    }
    expect(config.QUEUE_PREFIX).toMatch(/^\{.+\}$/);
  });
});
