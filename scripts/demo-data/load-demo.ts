// The Node part of ./scripts/demo: loads the demo data through the public bulk import (unless it is
// already there), waits for the matching projection, prints one challenge's shortlist and the URLs.
//   pnpm exec tsx scripts/demo-data/load-demo.ts --ingest URL --matching URL --notification URL
//     --mail-web URL --work DIR [--challenge ID]
// It signs its admin and need-owner tokens with the services' JWT_SECRET and JWT_ISSUER, as `pnpm token` does.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { shortlistSchema } from '@suite/contracts';
import { baseConfigShape, loadConfig, signToken } from '@suite/platform';
import { type ApiClient, createApiClient, pollUntil } from './api-client';
import { demoDefaults, loadDemoData } from './demo-data-set';
import { importDemoFiles } from './import-demo-data';
import { countRecommendationMail, readInbox } from './mail-inbox';
import { renderShortlist } from './shortlist-table';
import { waitForProjection } from './wait-for-projection';
import { writeDemoFiles } from './write-files';

const { values: args } = parseArgs({
  options: {
    ingest: { type: 'string', default: 'http://127.0.0.1:3001' },
    matching: { type: 'string', default: 'http://127.0.0.1:3002' },
    notification: { type: 'string', default: 'http://127.0.0.1:3003' },
    'mail-web': { type: 'string', default: 'http://127.0.0.1:1080' },
    work: { type: 'string' },
    challenge: { type: 'string', default: 'ch-ensamhet-aldre' },
    innovators: { type: 'string', default: String(demoDefaults.innovators) },
    seed: { type: 'string', default: String(demoDefaults.seed) },
    openideo: { type: 'string', default: demoDefaults.openIdeoDir },
    'projection-timeout': { type: 'string', default: '300' },
  },
});
const jwt = loadConfig({
  NODE_ENV: baseConfigShape.NODE_ENV,
  JWT_SECRET: baseConfigShape.JWT_SECRET,
  JWT_ISSUER: baseConfigShape.JWT_ISSUER,
});
const signing = { secret: jwt.JWT_SECRET, issuer: jwt.JWT_ISSUER };
const token = await signToken({ ...signing, role: 'admin' });
const ingest = createApiClient(args.ingest, token);
const matching = createApiClient(args.matching, token);
const notification = createApiClient(args.notification, token);
const step = (text: string) => console.log(`\x1b[1m==> ${text}\x1b[0m`);

step('waiting for the services and the mail inbox');
for (const client of [ingest, matching, notification]) {
  // Generous: on a busy two-core machine a service can take a minute or more to compile and migrate.
  if (!(await pollUntil(async () => (await client.status('/readyz')) === 200, 300_000, 500))) {
    throw new Error(`${client.baseUrl} did not become ready in 300 s`);
  }
}
const mailUp = await pollUntil(async () => (await fetch(`${args['mail-web']}/api/healthz`)).ok, 60_000);
if (!mailUp) console.log(`  the mail inbox at ${args['mail-web']} does not answer`);

const data = loadDemoData({
  innovators: Number(args.innovators),
  seed: Number(args.seed),
  openIdeoDir: args.openideo,
});
const lastIdea = data.ideas.at(-1)?.id ?? '';
const loaded =
  (await ingest.status(`/v1/ideas/${encodeURIComponent(lastIdea)}`)) === 200 &&
  (await ingest.status(`/v1/organisations/${encodeURIComponent(data.organisations[0]?.id ?? '')}`)) === 200;
if (loaded) {
  step('demo data already loaded: skipping the import (./scripts/demo --reset starts from empty)');
} else {
  const workDir = args.work ?? mkdtempSync(path.join(tmpdir(), 'demo-data-'));
  const files = writeDemoFiles(workDir, data);
  step(
    `importing ${data.organisations.length} need owners, ${data.challenges.length} challenges, ` +
      `${data.innovators.length} innovators and ${data.ideas.length} ideas through POST /v1/imports ` +
      `(English idea texts: ${data.englishIdeaSource === 'openideo' ? 'OpenIDEO, Apache-2.0' : "this project's templates"})`,
  );
  await importDemoFiles(ingest, files);
}

step('waiting for the matching projection to catch up');
const consenting = new Set(data.innovators.filter((i) => i.consents.matching).map((i) => i.id));
const targets = {
  challenge: data.challenges.filter((c) => c.status === 'open').length,
  innovator: consenting.size,
  idea: data.ideas.filter((i) => consenting.has(i.innovatorId)).length,
};
const timeoutMs = Number(args['projection-timeout']) * 1000;
if (!(await waitForProjection(matching, targets, timeoutMs))) {
  console.log('  matching has no /v1/admin/projection route; waiting for the shortlist to answer instead');
}

const challenge = data.challenges.find((c) => c.id === args.challenge);
const shortlistPath = `/v1/challenges/${encodeURIComponent(args.challenge)}/shortlist?k=10`;
let shortlistText: string | null = null;
let shortlistError: unknown = null;
await pollUntil(
  async () => {
    try {
      const shortlist = shortlistSchema.parse(await matching.get(shortlistPath));
      shortlistText = renderShortlist(shortlist, challenge?.title ?? args.challenge);
      return shortlist.entries.length > 0;
    } catch (err) {
      shortlistError = err;
      throw err;
    }
  },
  60_000,
  1_000,
);

step('waiting for the first recommendation emails');
await pollUntil(
  async () => {
    const inbox = await readInbox(args['mail-web']);
    const c = inbox ? countRecommendationMail(inbox) : { sv: 0, en: 0 };
    return c.sv > 0 && c.en > 0;
  },
  60_000,
  1_000,
);
const inbox = await readInbox(args['mail-web']);
const mail = inbox ? countRecommendationMail(inbox) : null;

await printUrls(shortlistText, mail, inbox?.length ?? 0);
if (!shortlistText) {
  console.error(
    `no shortlist could be read from ${args.matching}${shortlistPath}: ${String(shortlistError)}`,
  );
  process.exit(1);
}

async function printUrls(
  table: string | null,
  perLanguage: ReturnType<typeof countRecommendationMail> | null,
  total: number,
) {
  const available = async (client: ApiClient, p: string) => {
    const status = await client.status(p).catch(() => 0);
    return status >= 200 && status < 400;
  };
  const q = encodeURIComponent(token);
  const dashboards: string[] = [];
  for (const client of [ingest, matching, notification]) {
    if (await available(client, `/admin/queues?token=${q}`))
      dashboards.push(`${client.baseUrl}/admin/queues?token=${q}`);
  }
  const consoleUp = await available(matching, '/admin');
  const organisationId = challenge?.organisationId;
  const ownerToken = organisationId
    ? await signToken({ ...signing, role: 'need_owner', organisationId })
    : null;
  const ownerUrl = ownerToken
    ? `${args.matching}/challenges/${encodeURIComponent(args.challenge)}#token=${ownerToken}`
    : null;
  console.log(`\n${table ?? "(no shortlist yet: see the services' logs)"}\n`);
  console.log(
    [
      'The suite is running.',
      `  admin console   ${args.matching}/admin#token=${token}${consoleUp ? '' : '   (not built yet)'}`,
      ...(ownerUrl ? [`  need owner      ${ownerUrl}${consoleUp ? '' : '   (not built yet)'}`] : []),
      `  API docs        ${args.ingest}/docs  ${args.matching}/docs  ${args.notification}/docs`,
      `  mail inbox      ${args['mail-web']}   ${perLanguage ? `${total} emails; recommendations: ${perLanguage.sv} Swedish, ${perLanguage.en} English` : '(not answering)'}`,
      ...(dashboards.length
        ? dashboards.map((d, i) => `  ${i === 0 ? 'queue dashboard' : '               '} ${d}`)
        : ['  queue dashboard (not available on these services yet)']),
      '',
      `  admin token (for the docs pages' Authorize button and curl):`,
      `    ${token}`,
    ].join('\n'),
  );
}
