import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Cluster,
  eventually,
  serviceNames,
  sleep,
  startCluster,
  tablesHolding,
  token,
} from './support/cluster';
import { ideaRow, innovatorRow, range } from './support/corpus';
import { importRows } from './support/imports';
import { headerOf, type ParsedMail, recipientOf } from './support/mail';

/**
 * The whole suite as its users meet it: three service processes on the Postgres server, Redis and
 * an SMTP server. Each step builds on the one before (one cluster, run in order).
 */

type Gender = 'woman' | 'man' | 'non_binary' | 'undisclosed';
interface Person {
  id: string;
  name: string;
  email: string;
  gender: Gender;
  locale: 'sv' | 'en';
  idea: { id: string; title: string; description: string };
}

// Every idea is about the challenge's subject (food waste in school kitchens), so each one clears the
// minimum score and all twelve innovators are on the shortlist.
const svIdeas = [
  [
    'Mindre matsvinn i skolkök',
    'Vi minskar matsvinn i skolkök genom att väga överbliven mat och planera menyer.',
  ],
  [
    'Överbliven mat från skolkök',
    'Överbliven mat från skolkök går till föreningar, så att matsvinn i skolan minskar.',
  ],
  [
    'Matsvinn i skolkök blir kompost',
    'Matsvinn och överbliven mat från skolkök blir kompost; eleverna mäter matsvinnet.',
  ],
  [
    'Prognoser mot matsvinn i skolkök',
    'Prognoser över hur många elever som äter minskar matsvinn och överbliven mat i skolkök.',
  ],
  ['Skolkök utan matsvinn', 'Mindre portioner och smakprov minskar matsvinn och överbliven mat i skolkök.'],
  [
    'Svinnfri skollunch i skolkök',
    'Elever planerar lunchen med skolkökets kock så att mindre överbliven mat blir matsvinn.',
  ],
];
const enIdeas = [
  [
    'Less food waste in school kitchens',
    'We cut food waste in school kitchens by weighing leftover food and planning menus.',
  ],
  [
    'Leftover food from school kitchens',
    'Leftover food from school kitchens goes to charities, so food waste in schools shrinks.',
  ],
  [
    'School kitchen food waste as compost',
    'Food waste and leftover food from school kitchens become compost; pupils measure it.',
  ],
  [
    'Forecasts against food waste',
    'Forecasts of how many pupils eat reduce food waste and leftover food in school kitchens.',
  ],
  [
    'School kitchens without food waste',
    'Smaller portions and tasting reduce food waste and leftover food in school kitchens.',
  ],
  [
    'Zero waste lunch in school kitchens',
    'Pupils plan lunch with the school kitchen cook so that less leftover food is wasted.',
  ],
];
const genders: Gender[] = ['woman', 'man', 'woman', 'man', 'non_binary', 'undisclosed'];
// Names no other text contains, so finding them anywhere after erasure is a leak.
const people: Person[] = (['sv', 'en'] as const).flatMap((locale) =>
  genders.map((gender, i) => {
    const id = `inn-${locale}-${i}`;
    const name = `${locale === 'sv' ? 'Ylvali' : 'Quenby'} Zorbrandt${i}x`;
    const [title = '', description = ''] = (locale === 'sv' ? svIdeas : enIdeas)[i] ?? [];
    return {
      id,
      name,
      email: `${name.replace(' ', '.').toLowerCase()}@example.org`,
      gender,
      locale,
      idea: { id: `idea-${locale}-${i}`, title, description },
    };
  }),
);
const byId = (id: string) => people.find((p) => p.id === id) as Person;

const organisationId = 'org-malmo';
const background = 80;
const contactEmail = 'behov@malmo.example.org';
// The id is the path's; bodies carry the rest.
const challenge = (title: string) => ({
  organisationId,
  title,
  description:
    'Skolkök i Malmö slänger för mycket mat. Vi söker idéer som minskar matsvinn och tar hand om överbliven mat.',
  locale: 'sv',
  sdgs: [12],
  sdgTargets: ['12.3'],
  region: 'Skåne',
  status: 'open',
});

interface ShortlistEntry {
  rank: number;
  innovator: { id: string; name: string };
  idea: { id: string; title: string };
  group: Gender;
  score: number;
  components: Record<string, number>;
  explanation: { terms: string[]; sdgs: number[] };
}
interface Shortlist {
  entries: ShortlistEntry[];
  relaxed: boolean;
  balance: {
    policy: { groups: Partial<Record<Gender, { min?: number; max?: number }>> };
    pool: Record<string, number>;
    list: Record<string, number>;
    infeasiblePrefixes: unknown;
  };
}

describe('journeys through the three services', { timeout: 300_000 }, () => {
  let cluster: Cluster;
  let ownerToken: string;
  const innovatorTokens = new Map<string, string>();

  beforeAll(async () => {
    cluster = await startCluster();
    ownerToken = await token('need_owner', organisationId);
    for (const p of people) innovatorTokens.set(p.id, await token('innovator', p.id));
    // Other people's ideas on other subjects, as in a real corpus: the matcher drops query terms that
    // more than a fifth of all ideas share, so twelve ideas alone on one subject would not rank on it.
    const others = { matching: false, emailRecommendations: false };
    await importRows(
      cluster,
      'innovators',
      range(background).map((i) => innovatorRow(i, others)),
    );
    await importRows(
      cluster,
      'ideas',
      range(background).map((i) => ideaRow(i, background, 1 + (i % 5))),
    );
  }, 900_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 120_000);

  const shortlistOf = async (challengeId: string) => {
    const res = await cluster.call<Shortlist>('matching', `/v1/challenges/${challengeId}/shortlist?k=20`, {
      token: ownerToken,
    });
    return res.status === 200 ? res.body : undefined;
  };
  const mailsTo = (address: string): ParsedMail[] =>
    cluster.sink.messages.filter((m) => recipientOf(m) === address.toLowerCase());

  it('each service answers health, readiness, OpenAPI and docs', async () => {
    for (const name of serviceNames) {
      expect((await cluster.call(name, '/healthz')).status).toBe(200);
      expect((await cluster.call(name, '/readyz')).body).toMatchObject({ status: 'ready' });
      expect((await cluster.call(name, '/openapi.json')).body).toMatchObject({ openapi: '3.1.0' });
      expect((await cluster.call(name, '/docs')).status).toBe(200);
    }
  });

  it('an admin registers the organisation and its need owner opens a challenge', async () => {
    const org = await cluster.call('ingest', `/v1/organisations/${organisationId}`, {
      method: 'PUT',
      body: { name: 'Malmö stad', kind: 'municipality', region: 'Skåne', contactEmail, locale: 'sv' },
    });
    expect(org.status, JSON.stringify(org.body)).toBe(200);
    const put = await cluster.call('ingest', '/v1/challenges/ch-matsvinn', {
      method: 'PUT',
      token: ownerToken,
      body: challenge('Mindre matsvinn i skolkök'),
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toMatchObject({ id: 'ch-matsvinn', status: 'open', version: 1 });
  });

  it('innovators in Swedish and English, every gender group, register and submit ideas', async () => {
    for (const p of people) {
      const auth = innovatorTokens.get(p.id);
      const profile = await cluster.call('ingest', `/v1/innovators/${p.id}`, {
        method: 'PUT',
        token: auth,
        body: {
          name: p.name,
          email: p.email,
          gender: p.gender,
          locale: p.locale,
          region: 'Skåne',
          sdgs: [12],
          digest: 'immediate',
          consents: { matching: true, emailRecommendations: true },
        },
      });
      expect(profile.status, JSON.stringify(profile.body)).toBe(200);
      const idea = await cluster.call('ingest', `/v1/ideas/${p.idea.id}`, {
        method: 'PUT',
        token: auth,
        body: {
          title: p.idea.title,
          description: p.idea.description,
          innovatorId: p.id,
          locale: p.locale,
          stage: 'pilot',
          sdgs: [12],
          region: 'Skåne',
        },
      });
      expect(idea.status, JSON.stringify(idea.body)).toBe(200);
    }
  });

  it('the shortlist is ranked, explained and balanced', async () => {
    const shortlist = await eventually(
      () => shortlistOf('ch-matsvinn'),
      (s) => s?.entries.length === people.length,
      180_000,
    );
    const entries = shortlist?.entries ?? [];
    expect(entries.map((e) => e.rank)).toEqual(entries.map((_, i) => i + 1));
    expect(new Set(entries.map((e) => e.innovator.id)).size).toBe(people.length);
    for (const e of entries) {
      const person = byId(e.innovator.id);
      expect(e.group).toBe(person.gender);
      expect(e.idea.id).toBe(person.idea.id);
      expect(Object.keys(e.components).sort()).toEqual([
        'freshness',
        'language',
        'region',
        'sdg',
        'stage',
        'text',
      ]);
      expect(e.score).toBeGreaterThan(0);
      expect(e.explanation.sdgs).toContain(12);
    }
    // Explained: the Swedish ideas share words with the Swedish challenge.
    expect(entries.filter((e) => e.explanation.terms.length > 0).length).toBeGreaterThanOrEqual(6);
    // Balanced: every prefix holds the policy's bounds for every group (count >= floor(min*i), <= ceil(max*i)).
    const policy = shortlist?.balance.policy.groups ?? {};
    expect(Object.keys(policy).length).toBeGreaterThan(0);
    for (let i = 1; i <= entries.length; i++) {
      const prefix = entries.slice(0, i);
      for (const [group, bound] of Object.entries(policy)) {
        const count = prefix.filter((e) => e.group === group).length;
        if (bound?.min !== undefined)
          expect(count, `${group} in top ${i}`).toBeGreaterThanOrEqual(Math.floor(bound.min * i));
        if (bound?.max !== undefined)
          expect(count, `${group} in top ${i}`).toBeLessThanOrEqual(Math.ceil(bound.max * i));
      }
    }
    expect(shortlist?.relaxed).toBe(false);
    expect(shortlist?.balance.pool).toMatchObject({ woman: 4, man: 4, non_binary: 2, undisclosed: 2 });
    expect(shortlist?.balance.list).toMatchObject({ woman: 4, man: 4, non_binary: 2, undisclosed: 2 });
  });

  it('each innovator gets one recommendation email in their language with a one-click unsubscribe', async () => {
    await eventually(
      async () => people.filter((p) => mailsTo(p.email).length > 0).length,
      (n) => n === people.length,
      180_000,
    );
    for (const p of people) {
      const [mail, ...more] = mailsTo(p.email);
      expect(more, `${p.id} got more than one email`).toHaveLength(0);
      expect(mail?.subject).toBe(
        p.locale === 'sv' ? 'Nya utmaningar som passar dig' : 'New challenges that fit you',
      );
      expect(headerOf(mail, 'content-language')).toBe(p.locale);
      expect(headerOf(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(headerOf(mail, 'list-unsubscribe')).toMatch(
        /^<http:\/\/127\.0\.0\.1:\d+\/v1\/unsubscribe\?token=[^>]+>$/,
      );
      expect(mail?.text).toContain('Mindre matsvinn i skolkök');
      expect(mail?.messageId).toBeTruthy();
    }
    // The need owner's contact hears about the shortlist.
    await eventually(
      async () => mailsTo(contactEmail).length,
      (n) => n >= 1,
      60_000,
    );
  });

  it('the unsubscribe link works and no further email arrives for a new matching challenge', async () => {
    const leaver = byId('inn-sv-0');
    const [mail] = mailsTo(leaver.email);
    const link = /^<(.+)>$/.exec(headerOf(mail, 'list-unsubscribe') ?? '')?.[1] ?? '';
    const res = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBeLessThan(300);
    const prefs = await cluster.call('notification', '/v1/preferences', {
      token: innovatorTokens.get(leaver.id),
    });
    expect(prefs.body).toMatchObject({ emailRecommendations: false });
    // The system of record hears of it too: the person's own record and export show the withdrawal.
    const record = await eventually(
      async () =>
        (
          await cluster.call<{ consents: { emailRecommendations: boolean }; consentsChangedAt: object }>(
            'ingest',
            `/v1/innovators/${leaver.id}`,
            { token: innovatorTokens.get(leaver.id) },
          )
        ).body,
      (body) => body.consents?.emailRecommendations === false,
      60_000,
    );
    expect(record.consentsChangedAt).toMatchObject({ emailRecommendations: expect.any(String) });

    const before = new Map(people.map((p) => [p.id, mailsTo(p.email).length]));
    const put = await cluster.call('ingest', '/v1/challenges/ch-matsvinn-2', {
      method: 'PUT',
      token: ownerToken,
      body: challenge('Mindre matsvinn i förskolekök'),
    });
    expect(put.status).toBe(200);
    // Those the new challenge fits (on its shortlist with a score that clears the config's minimum;
    // the one who left among them, else this proves nothing) are told about it ...
    const fits = await eventually(
      () => shortlistOf('ch-matsvinn-2'),
      (s) => (s?.entries.length ?? 0) >= people.length,
      180_000,
    );
    const config = await cluster.call<{ minScore: number }>('matching', '/v1/admin/matching-config');
    expect(config.status).toBe(200);
    const fitting = (fits?.entries ?? [])
      .filter((e) => e.score >= config.body.minScore)
      .map((e) => e.innovator.id);
    expect(fitting).toContain(leaver.id);
    const others = people.filter((p) => p.id !== leaver.id && fitting.includes(p.id));
    // Waits on who is still missing, so a failure names them (with their scores).
    const scores = new Map((fits?.entries ?? []).map((e) => [e.innovator.id, e.score]));
    await eventually(
      async () =>
        others
          .filter((p) => mailsTo(p.email).length <= (before.get(p.id) ?? 0))
          .map((p) => `${p.id} (${scores.get(p.id)})`),
      (missing) => missing.length === 0,
      180_000,
    );
    const second = others.flatMap((p) => mailsTo(p.email).slice(before.get(p.id)));
    expect(second.every((m) => m.text?.includes('Mindre matsvinn i förskolekök'))).toBe(true);
    // ... and the one who left is not, even after the rest has had time to arrive.
    await sleep(5_000);
    expect(mailsTo(leaver.email)).toHaveLength(1);
  });

  it('the need owner records decisions and the outcomes report shows them', async () => {
    const shortlist = await shortlistOf('ch-matsvinn');
    const [first, second] = shortlist?.entries ?? [];
    expect(first && second).toBeTruthy();
    const decide = (innovatorId: string, stage: string) =>
      cluster.call('matching', `/v1/challenges/ch-matsvinn/decisions/${innovatorId}`, {
        method: 'PUT',
        token: ownerToken,
        body: { stage },
      });
    expect((await decide(first?.innovator.id ?? '', 'invited')).status).toBe(200);
    expect((await decide(second?.innovator.id ?? '', 'invited')).status).toBe(200);
    expect((await decide(second?.innovator.id ?? '', 'accepted')).status).toBe(200);

    const outcomes = await cluster.call<{
      decisions: { innovatorId: string; stage: string; group: Gender }[];
      stages: { stage: string; total: number; counts: Record<Gender, number> }[];
    }>('matching', '/v1/challenges/ch-matsvinn/outcomes', { token: ownerToken });
    expect(outcomes.status).toBe(200);
    expect(outcomes.body.decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ innovatorId: first?.innovator.id, stage: 'invited', group: first?.group }),
        expect.objectContaining({
          innovatorId: second?.innovator.id,
          stage: 'accepted',
          group: second?.group,
        }),
      ]),
    );
    const stage = (s: string) => outcomes.body.stages.find((x) => x.stage === s);
    expect(stage('listed')?.total).toBe(people.length);
    expect(stage('invited')?.total).toBe(2);
    expect(stage('accepted')?.total).toBe(1);
    expect(stage('accepted')?.counts[second?.group as Gender]).toBe(1);
  });

  it('erasing an innovator removes their personal data from all three services, the shortlists and the index', async () => {
    const erased = byId('inn-en-1');
    // The data is there before (else finding nothing after proves nothing).
    for (const name of serviceNames) {
      if (name === 'matching') continue; // matching may keep names only for shortlists
      expect(await tablesHolding(cluster.schemas[name], erased.email), name).not.toEqual([]);
    }
    const del = await cluster.call('ingest', `/v1/innovators/${erased.id}`, {
      method: 'DELETE',
      token: innovatorTokens.get(erased.id),
    });
    expect(del.status).toBeLessThan(300);

    const shortlist = await eventually(
      () => shortlistOf('ch-matsvinn'),
      (s) => s !== undefined && !s.entries.some((e) => e.innovator.id === erased.id),
      120_000,
    );
    expect(shortlist?.entries.some((e) => e.idea.id === erased.idea.id)).toBe(false);
    expect(shortlist?.entries).toHaveLength(people.length - 1);
    const second = await shortlistOf('ch-matsvinn-2');
    expect(second?.entries.some((e) => e.innovator.id === erased.id)).toBe(false);

    const leaks = await eventually(
      async () => {
        const found: string[] = [];
        for (const name of serviceNames)
          for (const needle of [erased.name, erased.email])
            for (const where of await tablesHolding(cluster.schemas[name], needle))
              found.push(`${name}: ${where}`);
        return found;
      },
      (found) => found.length === 0,
      120_000,
    );
    expect(leaks).toEqual([]);
    expect((await cluster.call('ingest', `/v1/innovators/${erased.id}`)).status).toBe(404);
    // Someone not erased is still there (the search above can find things).
    expect(await tablesHolding(cluster.schemas.ingest, byId('inn-en-3').email)).not.toEqual([]);
  });

  it('each service stops cleanly on SIGTERM', async () => {
    for (const name of serviceNames) {
      const service = cluster.services[name];
      expect(await service.stop(60_000), service.output()).toBe(0);
    }
  });
});
