// Evaluates matching relevance on an OpenIDEO-format directory with the product's own scoring code.
//   pnpm eval:matching --data ../shared/data/openideo [--sv-titles FILE]
// challenge -> ideas: every idea in the file is ranked; relevant = ideas submitted to the challenge
// (MAP, nDCG@50 with binary gains, P@10). idea -> challenges: every `concept` idea ranks all challenges
// (accuracy@1, MRR). MiniSearch BM25 runs on the same data in the same process as the baseline.
// Cross-language check: the same challenges asked in Swedish (titles translated by hand for this
// project, fixtures/openideo-challenges-sv.csv) rank the English ideas; MAP Swedish / English.
// Rankings use the texts alone: which challenge an idea was submitted to is only the answer key.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, createMatcher } from '@suite/text';
import { argValue, printSummary, readCsv } from './cli';
import { createMiniSearchBaseline } from './minisearch-baseline';
import { type Idea, readOpenIdeo } from './openideo-data';
import { averagePrecision, completeRanking, ndcgAt, precisionAt } from './ranking-metrics';

const dir = resolve(argValue('data') ?? '../shared/data/openideo');
const { challenges, ideas: rawIdeas } = readOpenIdeo(dir);
const seenIds = new Set<string>();
const ideas: Idea[] = rawIdeas.filter((idea) => !seenIds.has(idea.id) && seenIds.add(idea.id));
if (ideas.length < rawIdeas.length)
  console.log(`note: ${rawIdeas.length - ideas.length} duplicate idea ids ignored`);
const ideaIds = ideas.map((idea) => idea.id);
const challengeIds = challenges.map((c) => c.id);
const relevantFor = new Map(
  challenges.map((c) => [c.id, new Set(ideas.filter((i) => i.challengeId === c.id).map((i) => i.id))]),
);
const concepts = ideas.filter((idea) => idea.type === 'concept' && relevantFor.has(idea.challengeId));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
console.log(
  `${challenges.length} challenges, ${ideas.length} ideas (${concepts.length} concepts) from ${dir}`,
);

interface Scores {
  map: number;
  ndcg50: number;
  p10: number;
  acc1: number;
  mrr: number;
}

function challengeMetrics(rankings: Map<string, string[]>): Pick<Scores, 'map' | 'ndcg50' | 'p10'> {
  const ap: number[] = [];
  const ndcg: number[] = [];
  const p10: number[] = [];
  for (const c of challenges) {
    const relevant = relevantFor.get(c.id) ?? new Set<string>();
    if (relevant.size === 0) continue;
    const ranking = completeRanking(rankings.get(c.id) ?? [], ideaIds);
    ap.push(averagePrecision(ranking, relevant));
    ndcg.push(ndcgAt(ranking, relevant, 50));
    p10.push(precisionAt(ranking, relevant, 10));
  }
  return { map: mean(ap), ndcg50: mean(ndcg), p10: mean(p10) };
}

function ideaMetrics(rankChallenges: (idea: Idea) => string[]): Pick<Scores, 'acc1' | 'mrr'> {
  let top1 = 0;
  let rr = 0;
  for (const idea of concepts) {
    const ranking = completeRanking(rankChallenges(idea), challengeIds);
    const position = ranking.indexOf(idea.challengeId);
    if (position === 0) top1++;
    if (position >= 0) rr += 1 / (position + 1);
  }
  return {
    acc1: concepts.length > 0 ? top1 / concepts.length : 0,
    mrr: concepts.length > 0 ? rr / concepts.length : 0,
  };
}

function report(name: string, s: Scores) {
  console.log(
    `${name.padEnd(10)} MAP ${s.map.toFixed(4)}  nDCG@50 ${s.ndcg50.toFixed(4)}  P@10 ${s.p10.toFixed(4)}  acc@1 ${s.acc1.toFixed(4)}  MRR ${s.mrr.toFixed(4)}`,
  );
}

// --- the product: @suite/text matcher (analysis, BM25 index, feedback expansion, SDG blend) ---
const started = performance.now();
const matcher = createMatcher();
for (const idea of ideas)
  matcher.addIdea(idea.id, analyzeDocument({ title: idea.title, body: idea.description }));
const profiles = new Map(
  challenges.map((c) => [c.id, matcher.profile(analyzeDocument({ title: c.title, body: c.description }))]),
);
const ours: Scores = {
  ...challengeMetrics(
    new Map(challenges.map((c) => [c.id, matcher.rank(profiles.get(c.id)!, ideas.length).map((h) => h.id)])),
  ),
  ...ideaMetrics((idea) =>
    challenges
      .map((c) => ({ id: c.id, score: matcher.score(profiles.get(c.id)!, idea.id)?.score ?? 0 }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((x) => x.id),
  ),
};
console.log(`product ranking took ${Math.round(performance.now() - started)} ms`);

// --- cross-language: Swedish titles of the same challenges against the English ideas ---
const svFile = resolve(
  argValue('sv-titles') ?? fileURLToPath(new URL('./fixtures/openideo-challenges-sv.csv', import.meta.url)),
);
const svTitles = existsSync(svFile) ? readCsv(svFile) : [];
const svChallenges = svTitles.filter((row) => relevantFor.has(row.id ?? ''));
let svMap = 0;
let enMapSameChallenges = 0;
if (svChallenges.length > 0) {
  const asked = new Set(svChallenges.map((row) => row.id ?? ''));
  const mapOver = (rank: (id: string) => string[]) => {
    const ap = [...asked].map((id) =>
      averagePrecision(completeRanking(rank(id), ideaIds), relevantFor.get(id) ?? new Set()),
    );
    return mean(ap);
  };
  const svProfiles = new Map(
    svChallenges.map((row) => [
      row.id ?? '',
      matcher.profile(analyzeDocument({ title: row.title ?? '', body: row.description ?? '' }, 'sv')),
    ]),
  );
  svMap = mapOver((id) => matcher.rank(svProfiles.get(id)!, ideas.length).map((h) => h.id));
  enMapSameChallenges = mapOver((id) => matcher.rank(profiles.get(id)!, ideas.length).map((h) => h.id));
  const example = matcher.rank(svProfiles.get(svChallenges[0]?.id ?? '')!, 1)[0];
  console.log(
    `Swedish titles (${svChallenges.length} challenges) MAP ${svMap.toFixed(4)} vs English ${enMapSameChallenges.toFixed(4)}` +
      ` = ${(enMapSameChallenges > 0 ? svMap / enMapSameChallenges : 0).toFixed(3)}x (target >= 0.85x)`,
  );
  if (example !== undefined)
    console.log(
      `  e.g. ${svChallenges[0]?.id} top idea bridged by: ${JSON.stringify(example.bridgedTerms ?? [])}`,
    );
} else console.log(`no Swedish titles at ${svFile}: cross-language check skipped`);

// --- baseline: MiniSearch BM25 ---
const ideaSearch = createMiniSearchBaseline();
ideaSearch.addAll(ideas.map((i) => ({ id: i.id, title: i.title, body: i.description })));
const challengeSearch = createMiniSearchBaseline();
challengeSearch.addAll(challenges.map((c) => ({ id: c.id, title: c.title, body: c.description })));
const baseline: Scores = {
  ...challengeMetrics(
    new Map(
      challenges.map((c) => [
        c.id,
        ideaSearch.search(`${c.title} ${c.description}`).map((r) => String(r.id)),
      ]),
    ),
  ),
  ...ideaMetrics((idea) =>
    challengeSearch.search(`${idea.title} ${idea.description}`).map((r) => String(r.id)),
  ),
};

report('ours', ours);
report('minisearch', baseline);
const mapRatio = baseline.map > 0 ? ours.map / baseline.map : 0;
console.log(
  `MAP ratio ${mapRatio.toFixed(3)} (target >= 1.5); acc@1 ${ours.acc1 > baseline.acc1 ? 'above' : 'NOT above'} baseline`,
);
printSummary({
  map: round(ours.map),
  ndcg50: round(ours.ndcg50),
  p10: round(ours.p10),
  acc1: round(ours.acc1),
  mrr: round(ours.mrr),
  baselineMap: round(baseline.map),
  mapRatio: round(mapRatio),
  baselineAcc1: round(baseline.acc1),
  baselineMrr: round(baseline.mrr),
  svMap: round(svMap),
  svMapRatio: round(enMapSameChallenges > 0 ? svMap / enMapSameChallenges : 0),
});
