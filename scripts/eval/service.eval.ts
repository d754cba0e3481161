// Relevance through the running services: imports an OpenIDEO-format folder through ingest's public
// API (one organisation; each challenge as an open challenge with no balance bounds, so the shortlist
// is pure relevance; each idea as its own innovator's idea, with matching consent), waits until the
// matching projection holds them, reads every shortlist over HTTP (k=200) and prints MAP@200 beside
// MiniSearch BM25@200 on the same texts.
//   pnpm eval:service --data ../shared/data/openideo [--ingest http://127.0.0.1:3001] [--matching http://127.0.0.1:3002]
// Tokens are signed with JWT_SECRET / JWT_ISSUER from the environment (the development defaults
// otherwise), as the services verify them. Last line: JSON {"map200","baselineMap200",...}.
import { resolve } from 'node:path';
import { baseConfigShape, loadConfig, signToken } from '@suite/platform';
import { argValue, printSummary } from './cli';
import { createMiniSearchBaseline } from './minisearch-baseline';
import { type Idea, readOpenIdeo } from './openideo-data';
import { averagePrecision } from './ranking-metrics';

const K = 200;
const dir = resolve(argValue('data') ?? '../shared/data/openideo');
const ingestUrl = argValue('ingest') ?? 'http://127.0.0.1:3001';
const matchingUrl = argValue('matching') ?? 'http://127.0.0.1:3002';
const waitSeconds = Number(argValue('wait') ?? 900);
const ORGANISATION = 'oi-eval-org';

const { challenges, ideas: rawIdeas } = readOpenIdeo(dir);
const seen = new Set<string>();
const ideas: Idea[] = rawIdeas.filter((idea) => !seen.has(idea.id) && seen.add(idea.id));
// Ids as the services accept them (letters, digits, _ . : -), stable across runs so a re-run updates.
const safe = (id: string) => id.replace(/[^A-Za-z0-9_.:-]/g, '_').slice(0, 100);
const challengeId = (id: string) => `oi-c-${safe(id)}`;
const innovatorId = (id: string) => `oi-p-${safe(id)}`;
const ideaId = (id: string) => `oi-i-${safe(id)}`;
// The contracts cap titles at 300 and descriptions at 20,000 characters; longer texts are cut.
const title = (text: string, fallback: string) => (text.trim() || fallback).slice(0, 300);
const description = (text: string, fallback: string) => (text.trim() || fallback).slice(0, 20_000);

// The services' own signing settings, read the way they read them.
const { JWT_SECRET, JWT_ISSUER } = loadConfig({
  JWT_SECRET: baseConfigShape.JWT_SECRET,
  JWT_ISSUER: baseConfigShape.JWT_ISSUER,
});
const token = await signToken({
  secret: JWT_SECRET,
  issuer: JWT_ISSUER,
  role: 'admin',
  ttl: '1h',
});
const auth = { authorization: `Bearer ${token}` };

async function importRows(kind: string, rows: object[]) {
  const res = await fetch(`${ingestUrl}/v1/imports?kind=${kind}`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/x-ndjson' },
    body: rows.map((row) => JSON.stringify(row)).join('\n'),
  });
  if (res.status !== 202) throw new Error(`import of ${kind} answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const report = (await (await fetch(`${ingestUrl}/v1/imports/${id}`, { headers: auth })).json()) as {
      status: string;
      accepted: number;
      rejected: number;
      errors: unknown[];
      reason?: string;
    };
    if (report.status === 'failed') throw new Error(`import of ${kind} failed: ${report.reason}`);
    if (report.status === 'completed') {
      console.log(`imported ${kind}: ${report.accepted} accepted, ${report.rejected} rejected`);
      if (report.rejected > 0) console.log('  first errors:', JSON.stringify(report.errors.slice(0, 3)));
      return report.accepted;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function waitForProjection(expectedIdeas: number, expectedChallenges: number) {
  const deadline = Date.now() + waitSeconds * 1_000;
  let last = '';
  for (;;) {
    const res = await fetch(`${matchingUrl}/v1/admin/projection`, { headers: auth });
    const counts = (await res.json()) as Record<string, { live: number }>;
    const ideasLive = counts.idea?.live ?? 0;
    const challengesLive = counts.challenge?.live ?? 0;
    const now = `${ideasLive}/${expectedIdeas} ideas, ${challengesLive}/${expectedChallenges} challenges`;
    if (now !== last) console.log(`matching projection: ${now}`);
    last = now;
    if (ideasLive >= expectedIdeas && challengesLive >= expectedChallenges) return;
    if (Date.now() > deadline) throw new Error(`matching did not catch up within ${waitSeconds} s (${now})`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

console.log(
  `${challenges.length} challenges, ${ideas.length} ideas from ${dir}; ingest ${ingestUrl}, matching ${matchingUrl}`,
);
await importRows('organisations', [{ id: ORGANISATION, name: 'OpenIDEO evaluation', kind: 'other' }]);
await importRows(
  'challenges',
  challenges.map((c) => ({
    id: challengeId(c.id),
    organisationId: ORGANISATION,
    title: title(c.title, c.id),
    description: description(c.description, c.title || c.id),
    locale: 'en',
    status: 'open',
    // No bounds: the shortlist is the relevance ranking itself.
    balancePolicy: { mode: 'relax', groups: {} },
  })),
);
await importRows(
  'innovators',
  ideas.map((i, n) => ({
    id: innovatorId(i.id),
    name: `OpenIDEO author ${n + 1}`,
    email: `author-${n + 1}@example.org`,
    locale: 'en',
    // Matching consent (to be shortlisted), no recommendation mail for an evaluation.
    consents: { matching: true, emailRecommendations: false },
  })),
);
const acceptedIdeas = await importRows(
  'ideas',
  ideas.map((i) => ({
    id: ideaId(i.id),
    innovatorId: innovatorId(i.id),
    title: title(i.title, i.id),
    description: description(i.description, i.title || i.id),
  })),
);
await waitForProjection(acceptedIdeas, challenges.length);

const relevantFor = new Map(
  challenges.map((c) => [c.id, new Set(ideas.filter((i) => i.challengeId === c.id).map((i) => i.id))]),
);
const byServiceId = new Map(ideas.map((i) => [ideaId(i.id), i.id]));
const started = performance.now();
const ours: number[] = [];
for (const c of challenges) {
  const relevant = relevantFor.get(c.id) ?? new Set<string>();
  if (relevant.size === 0) continue;
  const res = await fetch(`${matchingUrl}/v1/challenges/${challengeId(c.id)}/shortlist?k=${K}`, {
    headers: auth,
  });
  if (res.status !== 200) throw new Error(`shortlist of ${c.id} answered ${res.status}: ${await res.text()}`);
  const shortlist = (await res.json()) as { entries: Array<{ idea: { id: string } }> };
  const ranking = shortlist.entries.map((e) => byServiceId.get(e.idea.id) ?? e.idea.id);
  ours.push(averagePrecision(ranking.slice(0, K), relevant));
}
const shortlistMs = Math.round(performance.now() - started);

const search = createMiniSearchBaseline();
search.addAll(ideas.map((i) => ({ id: i.id, title: i.title, body: i.description })));
const baseline: number[] = [];
for (const c of challenges) {
  const relevant = relevantFor.get(c.id) ?? new Set<string>();
  if (relevant.size === 0) continue;
  const ranking = search.search(`${c.title} ${c.description}`).map((r) => String(r.id));
  baseline.push(averagePrecision(ranking.slice(0, K), relevant));
}

const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const map200 = mean(ours);
const baselineMap200 = mean(baseline);
console.log(
  `service (HTTP shortlists, k=${K}) MAP@${K} ${map200.toFixed(4)}  (${ours.length} challenges, ${shortlistMs} ms)`,
);
console.log(`minisearch BM25              MAP@${K} ${baselineMap200.toFixed(4)}`);
console.log(`ratio ${(baselineMap200 > 0 ? map200 / baselineMap200 : 0).toFixed(3)}`);
printSummary({
  map200: round(map200),
  baselineMap200: round(baselineMap200),
  ratio: round(baselineMap200 > 0 ? map200 / baselineMap200 : 0),
  challenges: ours.length,
  ideas: acceptedIdeas,
});
