// What `pnpm bench` runs and how each script's last-line JSON becomes rows of the report, each row
// against its target from DESIGN.md (and the issues that sharpened them).

import {
  atLeast,
  atMost,
  type BenchStep,
  data,
  type Figures,
  minutes,
  num,
  type Row,
  show,
} from './bench-figures';
import { sdgSteps } from './sdg-bench-steps';

export function benchSteps(quick: boolean): BenchStep[] {
  const ideas = quick ? '20000' : '100000';
  return [
    {
      title: 'in-process shortlist ranking (bench:matching)',
      script: 'bench:matching',
      args: ['--docs', ideas],
      timeoutMs: minutes(15),
      rows: (f) => [
        {
          what: `BM25 top-50 over ${ideas} ideas, p99`,
          target: '<= 10 ms',
          ours: show(num(f, 'p99Ms'), ' ms'),
          met: atMost(num(f, 'p99Ms'), 10),
        },
        {
          what: 'vs MiniSearch BM25 (p50 ratio)',
          target: '>= 10x',
          ours: show(num(f, 'vsMiniSearch'), 'x', 1),
          peer: `MiniSearch p50 ${show(num(f, 'miniSearchP50Ms'), ' ms')}`,
          met: atLeast(num(f, 'vsMiniSearch'), 10),
        },
        {
          what: "vs natural's TfIdf (p50 ratio)",
          target: '>= 100x',
          ours: show(num(f, 'vsNaturalTfIdf'), 'x', 1),
          peer: `TfIdf p50 ${show(num(f, 'naturalTfIdfP50Ms'), ' ms')}`,
          met: atLeast(num(f, 'vsNaturalTfIdf'), 100),
        },
        {
          what: 'memory per indexed idea',
          target: '<= 1024 B',
          ours: show(num(f, 'bytesPerDoc'), ' B', 0),
          peer: `MiniSearch ${show(num(f, 'miniSearchBytesPerDoc'), ' B', 0)}`,
          met: atMost(num(f, 'bytesPerDoc'), 1024),
        },
      ],
    },
    {
      title: 'Postgres full text and raw BullMQ peers (bench:peers)',
      script: 'bench:peers',
      args: ['--docs', ideas],
      timeoutMs: minutes(15),
      rows: (f) => [
        {
          what: 'vs Postgres GIN `ts_rank` on the same queries (p50 ratio)',
          target: '>= 10x',
          ours: show(num(f, 'vsPostgresTsRank'), 'x', 1),
          peer: `ts_rank p50 ${show(num(f, 'postgresTsRankP50Ms'), ' ms')}`,
          met: atLeast(num(f, 'vsPostgresTsRank'), 10),
        },
        {
          what: 'raw BullMQ throughput (no-op worker)',
          target: 'context for ingest and email rates',
          ours: '',
          peer: show(num(f, 'bullmqJobsPerSecond'), ' jobs/s', 0),
          met: null,
        },
      ],
    },
    {
      title: 'balanced shortlist (bench:fairness)',
      script: 'bench:fairness',
      args: [],
      timeoutMs: minutes(10),
      rows: (f) => [
        {
          what: '100k candidates, k=50, four bounded groups, p99',
          target: '<= 5 ms',
          ours: show(num(f, 'p99Ms'), ' ms'),
          met: atMost(num(f, 'p99Ms'), 5),
        },
      ],
    },
    {
      title: 'shortlist over HTTP (bench:http)',
      script: 'bench:http',
      args: ['--ideas', ideas],
      timeoutMs: minutes(20),
      rows: (f) => [
        {
          what: 'shortlist over HTTP, requests/s',
          target: '>= 1500',
          ours: show(num(f, 'shortlistRps'), '', 0),
          met: atLeast(num(f, 'shortlistRps'), 1500),
        },
        {
          what: 'shortlist over HTTP, p99',
          target: '<= 50 ms',
          ours: show(num(f, 'shortlistP99Ms'), ' ms'),
          met: atMost(num(f, 'shortlistP99Ms'), 50),
        },
        {
          what: `index rebuild of ${ideas} stored ideas`,
          target: '<= 5 s (100k)',
          ours: show(num(f, 'rebuildMs'), ' ms', 0),
          met: atMost(num(f, 'rebuildMs'), 5_000),
        },
        {
          what: `shortlist in process, uncached, p99 (${ideas} ideas)`,
          target: '<= 10 ms (100k)',
          ours: show(num(f, 'inProcessShortlistP99Ms'), ' ms'),
          met: atMost(num(f, 'inProcessShortlistP99Ms'), 10),
        },
        matchingMemoryRow(f),
      ],
    },
    ...ingestSteps(ideas),
    {
      title: 'email (bench:notification)',
      script: 'bench:notification',
      args: [],
      timeoutMs: minutes(15),
      rows: (f) => [
        {
          what: 'emails to a local SMTP sink',
          target: '>= 300/s',
          ours: show(num(f, 'emailsPerSecond'), '/s', 0),
          met: atLeast(num(f, 'emailsPerSecond'), 300),
        },
        {
          what: 'duplicate emails (retries, double delivery, worker killed)',
          target: '0',
          ours: show(num(f, 'duplicates'), '', 0),
          met: num(f, 'duplicates') === 0,
        },
      ],
    },
    {
      title: 'matching relevance (eval:matching)',
      script: 'eval:matching',
      args: ['--data', `${data}/openideo`],
      timeoutMs: minutes(15),
      rows: (f) => [
        {
          what: 'challenge -> ideas MAP, OpenIDEO',
          target: '>= 1.5x MiniSearch',
          ours: `${show(num(f, 'map'), '', 3)} (${show(num(f, 'mapRatio'), 'x')})`,
          peer: `MiniSearch ${show(num(f, 'baselineMap'), '', 3)}`,
          met: atLeast(num(f, 'mapRatio'), 1.5),
        },
        {
          what: 'idea -> challenge accuracy@1',
          target: '>= 0.55',
          ours: show(num(f, 'acc1'), '', 3),
          peer: `MiniSearch ${show(num(f, 'baselineAcc1'), '', 3)}`,
          met: atLeast(num(f, 'acc1'), 0.55),
        },
      ],
    },
    ...sdgSteps(),
  ];
}

/** Peak RSS of a 10k import against the bigger file's, from an earlier step: flat means within 10%. */
function flatRssRow(driver: string, small: Figures, large: Figures | undefined, largeIdeas: string): Row {
  const smallMb = num(small, 'peakRssMb');
  const largeMb = large ? num(large, 'peakRssMb') : undefined;
  const ratio = smallMb && largeMb ? largeMb / smallMb : undefined;
  return {
    what: `ingest peak RSS on ${driver}, ${largeIdeas} vs 10000 ideas`,
    target: 'flat (<= 1.10x)',
    ours: `${show(largeMb, ' MB', 0)} / ${show(smallMb, ' MB', 0)} (${show(ratio, 'x')})`,
    met: ratio === undefined ? false : ratio <= 1.1,
  };
}

/**
 * Bulk import on embedded PGlite and on the Postgres server (the local one `pnpm bench` expects, as
 * bench:notification does), each with the big file and then a 10k file for the flat-memory row.
 */
function ingestSteps(ideas: string): BenchStep[] {
  const postgres = ['--database-url', 'postgres://postgres@127.0.0.1:5432/test'];
  return [
    { driver: 'PGlite', args: [] as string[] },
    { driver: 'the Postgres server', args: postgres },
  ].flatMap(({ driver, args }) => [
    {
      title: `bulk import on ${driver} (bench:ingest)`,
      script: 'bench:ingest',
      args: ['--ideas', ideas, ...args],
      timeoutMs: minutes(20),
      key: `ingest ${driver}`,
      rows: (f) => [
        {
          what: `bulk import on ${driver}, HTTP -> database -> both queues`,
          target: '>= 3000 ideas/s',
          ours: show(num(f, 'ideasPerSecond'), ' ideas/s', 0),
          met: atLeast(num(f, 'ideasPerSecond'), 3000),
        },
      ],
    },
    {
      title: `bulk import of a 10k file on ${driver} (bench:ingest)`,
      script: 'bench:ingest',
      args: ['--ideas', '10000', ...args],
      timeoutMs: minutes(5),
      rows: (f, earlier) => [flatRssRow(driver, f, earlier(`ingest ${driver}`), ideas)],
    },
  ]);
}

/**
 * Memory the rebuilt index added to the matching process, per idea: met when both the heap growth
 * and the RSS growth are within the target. RSS can fall during the rebuild (the embedded database
 * hands back buffers), which shows no excess; a heap that fell means the run measured nothing, and
 * the row says so instead of passing.
 */
function matchingMemoryRow(f: Figures): Row {
  const rss = num(f, 'bytesPerIdea');
  const heap = num(f, 'heapBytesPerIdea');
  const heapFell = heap !== undefined && heap < 0;
  const note = heapFell
    ? ' (heap fell during the rebuild: not judged)'
    : rss !== undefined && rss < 0
      ? ' (RSS fell: database buffers released)'
      : '';
  return {
    what: 'memory per idea in the matching process (RSS growth / heap growth)',
    target: '<= 1024 B',
    ours: `${show(rss, ' B', 0)} / ${show(heap, ' B', 0)}${note}`,
    met: heapFell ? null : atMost(rss, 1024) && atMost(heap, 1024),
  };
}
