import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { challengeSchema, ideaSchema, innovatorSchema, organisationSchema } from '@suite/contracts';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { englishChallenges } from './challenges-en';
import { demoDefaults } from './demo-data-set';
import { englishHealthThemes } from './english-health-themes';
import { englishInclusionThemes } from './english-inclusion-themes';
import { generateDemoData } from './generate-records';
import { readOpenIdeoIdeas } from './openideo-ideas';
import { writeDemoFiles } from './write-files';

const withTemplates = (seed = 7, innovators = 320) =>
  generateDemoData({ seed, innovators, openIdeoIdeas: null });

describe('demo data', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(withTemplates(7)).toEqual(withTemplates(7));
    expect(withTemplates(8).innovators).not.toEqual(withTemplates(7).innovators);
  });

  it('every record passes the public schemas unchanged', () => {
    const data = withTemplates();
    for (const o of data.organisations) expect(organisationSchema.parse(o)).toEqual(o);
    for (const c of data.challenges) expect(challengeSchema.parse(c)).toEqual(c);
    for (const i of data.innovators) expect(innovatorSchema.parse(i)).toEqual(i);
    for (const i of data.ideas) expect(ideaSchema.parse(i)).toEqual(i);
  });

  it('has a municipality, a region, a non-profit and a company with 15+ open challenges in both languages', () => {
    const data = withTemplates();
    expect(new Set(data.organisations.map((o) => o.kind))).toEqual(
      new Set(['municipality', 'region', 'non_profit', 'company']),
    );
    expect(data.challenges.length).toBeGreaterThanOrEqual(15);
    const byLocale = (l: string) => data.challenges.filter((c) => c.locale === l).length;
    expect(byLocale('sv')).toBeGreaterThanOrEqual(7);
    expect(byLocale('en')).toBeGreaterThanOrEqual(7);
    expect(new Set(data.challenges.flatMap((c) => c.sdgs)).size).toBeGreaterThanOrEqual(10);
    const owners = new Set(data.organisations.map((o) => o.id));
    for (const c of data.challenges) expect(owners.has(c.organisationId)).toBe(true);
    expect(new Set(data.challenges.map((c) => c.id)).size).toBe(data.challenges.length);
  });

  it('has 300+ innovators with every gender group, mostly consenting, many on immediate mail', () => {
    const { innovators } = withTemplates();
    expect(innovators.length).toBe(320);
    const share = (pred: (i: (typeof innovators)[number]) => boolean) =>
      innovators.filter(pred).length / innovators.length;
    expect(share((i) => i.gender === 'woman')).toBeGreaterThan(0.35);
    expect(share((i) => i.gender === 'man')).toBeGreaterThan(0.3);
    expect(share((i) => i.gender === 'non_binary')).toBeGreaterThan(0.01);
    expect(share((i) => i.gender === 'undisclosed')).toBeGreaterThan(0.01);
    expect(share((i) => i.locale === 'en')).toBeGreaterThan(0.15);
    expect(share((i) => i.locale === 'sv')).toBeGreaterThan(0.5);
    expect(share((i) => i.consents.matching)).toBeGreaterThan(0.8);
    expect(share((i) => !i.consents.matching)).toBeGreaterThan(0);
    expect(share((i) => i.digest === 'immediate' && i.consents.emailRecommendations)).toBeGreaterThan(0.3);
    expect(new Set(innovators.map((i) => i.email)).size).toBe(innovators.length);
    for (const i of innovators) expect(i.email).toMatch(/@example\.(org|net|com)$/);
  });

  it('gives each innovator one to three ideas of their own, Swedish and English', () => {
    const { innovators, ideas } = withTemplates();
    const perInnovator = new Map<string, number>();
    for (const idea of ideas)
      perInnovator.set(idea.innovatorId, (perInnovator.get(idea.innovatorId) ?? 0) + 1);
    expect(perInnovator.size).toBe(innovators.length);
    for (const n of perInnovator.values()) expect(n).toBeGreaterThanOrEqual(1);
    for (const n of perInnovator.values()) expect(n).toBeLessThanOrEqual(3);
    expect(ideas.some((i) => i.locale === 'sv')).toBe(true);
    expect(ideas.some((i) => i.locale === 'en')).toBe(true);
    const placeholder = /\{(ort|vem|grupp|actor|group|place)\}/;
    expect(ideas.every((i) => !placeholder.test(i.title) && !placeholder.test(i.description))).toBe(true);
  });

  it('gives Swedish innovators ideas of their own, not one text many times over', () => {
    const swedish = withTemplates().ideas.filter((i) => i.locale === 'sv');
    const withoutPlace = swedish.map((i) => i.title.replace(/ i \S+$/, ''));
    const copies = new Map<string, number>();
    for (const title of withoutPlace) copies.set(title, (copies.get(title) ?? 0) + 1);
    expect(copies.size).toBeGreaterThan(swedish.length / 3);
    expect(Math.max(...copies.values())).toBeLessThanOrEqual(swedish.length / 20);
    expect(new Set(swedish.map((i) => i.title)).size).toBeGreaterThan(swedish.length * 0.75);
  });

  it('gives English innovators ideas of their own without the OpenIDEO data, not one text many times over', () => {
    const english = withTemplates().ideas.filter((i) => i.locale === 'en');
    const withoutPlace = english.map((i) => i.title.replace(/ in \S+$/, ''));
    const copies = new Map<string, number>();
    for (const title of withoutPlace) copies.set(title, (copies.get(title) ?? 0) + 1);
    expect(copies.size).toBeGreaterThan(english.length / 3);
    expect(Math.max(...copies.values())).toBeLessThanOrEqual(english.length / 20);
    expect(new Set(english.map((i) => i.title)).size).toBeGreaterThan(english.length * 0.75);
    expect(new Set(english.map((i) => i.description)).size).toBeGreaterThan(english.length * 0.9);
  });

  it('composes English fallback ideas for every English challenge, on its goals', () => {
    const themes = [...englishHealthThemes, ...englishInclusionThemes];
    const english = withTemplates().ideas.filter((i) => i.locale === 'en');
    expect(themes.map((t) => t.challengeId).sort()).toEqual(englishChallenges.map((c) => c.id).sort());
    for (const challenge of englishChallenges) {
      const theme = themes.find((t) => t.challengeId === challenge.id);
      expect(theme?.sdgs).toEqual(challenge.sdgs);
      // Enough ideas on each challenge's goals for a shortlist of different ideas.
      const onGoals = english.filter((i) => i.sdgs.join() === challenge.sdgs.join());
      expect(new Set(onGoals.map((i) => i.title.replace(/ in \S+$/, ''))).size).toBeGreaterThanOrEqual(15);
    }
  });

  it('takes English idea texts from the OpenIDEO ideas when the data folder is there', () => {
    const openIdeoIdeas = readOpenIdeoIdeas(demoDefaults.openIdeoDir);
    if (!openIdeoIdeas) {
      if (process.env.CI === 'true') throw new Error(`OpenIDEO data missing at ${demoDefaults.openIdeoDir}`);
      console.warn(`skipped: no OpenIDEO data at ${demoDefaults.openIdeoDir}`);
      return;
    }
    const data = generateDemoData({ seed: 7, innovators: 320, openIdeoIdeas });
    expect(data.englishIdeaSource).toBe('openideo');
    const sourceTitles = new Set(openIdeoIdeas.map((i) => i.title));
    const english = data.ideas.filter((i) => i.locale === 'en');
    expect(english.length).toBeGreaterThan(100);
    expect(english.every((i) => sourceTitles.has(i.title))).toBe(true);
    expect(withTemplates().englishIdeaSource).toBe('templates');
  });

  it('writes CSV that reads back to the same fields, lists split on ; and consents dotted', async () => {
    const data = withTemplates(7, 40);
    const dir = await mkdtemp(path.join(tmpdir(), 'demo-data-'));
    const files = writeDemoFiles(dir, data);
    expect(files.map((f) => f.kind)).toEqual(['organisations', 'challenges', 'innovators', 'ideas']);
    const innovatorsFile = files.find((f) => f.kind === 'innovators');
    const rows = parse(readFileSync(innovatorsFile?.file ?? ''), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(40);
    rows.forEach((row, n) => {
      const source = data.innovators[n];
      expect(row).toMatchObject({
        id: source?.id,
        name: source?.name,
        email: source?.email,
        'consents.matching': String(source?.consents.matching),
        'consents.emailRecommendations': String(source?.consents.emailRecommendations),
      });
      expect(row.sdgs?.split(';').map(Number)).toEqual(source?.sdgs);
    });
    const ideasFile = files.find((f) => f.kind === 'ideas');
    const lines = readFileSync(ideasFile?.file ?? '', 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(data.ideas);
  });
});
