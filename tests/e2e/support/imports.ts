import { type Cluster, eventually } from './cluster';
import { challengeRow, innovatorRow, organisationRow, range } from './corpus';

interface ImportReport {
  status: 'running' | 'completed' | 'failed';
  processed: number;
  accepted: number;
  rejected: number;
  errors: unknown[];
}

/** Streams `rows` as NDJSON through ingest's bulk import and waits for the import to finish. */
export async function importRows(
  cluster: Cluster,
  kind: 'organisations' | 'challenges' | 'innovators' | 'ideas',
  rows: readonly object[],
  timeoutMs = 300_000,
): Promise<ImportReport> {
  const res = await fetch(`${cluster.services.ingest.url}/v1/imports?kind=${kind}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${cluster.adminToken}`, 'content-type': 'application/x-ndjson' },
    body: `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`,
  });
  if (res.status !== 202) throw new Error(`import answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  return eventually(
    async () => (await cluster.call<ImportReport>('ingest', `/v1/imports/${id}`)).body,
    (r) => r?.status !== 'running',
    timeoutMs,
  );
}

/** Matching's projection counts (`GET /v1/admin/projection`). */
export async function projection(cluster: Cluster) {
  const res = await cluster.call<Record<string, { live: number; deleted: number }>>(
    'matching',
    '/v1/admin/projection',
  );
  if (res.status !== 200) throw new Error(`projection answered ${res.status}`);
  return res.body;
}

/**
 * The set-up every fault test starts from: organisation org-1, its open challenge ch-1 on topic 0 and
 * `innovators` innovators with the given consents, each import checked to have taken every row.
 */
export async function importChallengeAndInnovators(
  cluster: Cluster,
  innovators: number,
  consents?: { matching: boolean; emailRecommendations: boolean },
): Promise<void> {
  const steps = [
    ['organisations', [organisationRow('org-1')]],
    ['challenges', [challengeRow('ch-1', 'org-1', 0)]],
    ['innovators', range(innovators).map((i) => innovatorRow(i, consents))],
  ] as const;
  for (const [kind, rows] of steps) {
    const report = await importRows(cluster, kind, rows);
    if (report.accepted !== rows.length)
      throw new Error(
        `${kind}: ${report.accepted} of ${rows.length} rows accepted: ${JSON.stringify(report.errors)}`,
      );
  }
}
