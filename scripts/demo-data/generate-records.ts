import type { Challenge, Gender, Idea, IdeaStage, Innovator, Locale, Organisation } from '@suite/contracts';
import { seededRandom, shuffle } from '../eval/seeded-random';
import { englishChallenges } from './challenges-en';
import { swedishChallenges } from './challenges-sv';
import { englishFallbackIdeas } from './english-fallback-ideas';
import { englishHealthThemes } from './english-health-themes';
import { englishApproaches } from './english-idea-themes';
import { englishInclusionThemes } from './english-inclusion-themes';
import { type OpenIdeoIdea, openIdeoChallengeSdgs } from './openideo-ideas';
import { demoOrganisations } from './organisations';
import { emailDomains, firstNames, genderMix, localeMix, regionMix, surnames } from './people';
import { swedishActors, swedishIdeaThemes } from './swedish-idea-themes';
import { approaches, type IdeaTemplate, swedishIdeaTemplates, swedishPlaces } from './swedish-ideas';

export interface DemoData {
  organisations: Organisation[];
  challenges: Challenge[];
  innovators: Innovator[];
  ideas: Idea[];
  /** Where the English idea texts came from: the OpenIDEO data, or this project's templates. */
  englishIdeaSource: 'openideo' | 'templates';
}

export interface DemoDataOptions {
  seed: number;
  innovators: number;
  /** OpenIDEO ideas for the English texts; null falls back to templates. */
  openIdeoIdeas: OpenIdeoIdea[] | null;
}

const stageMix: readonly [IdeaStage, number][] = [
  ['idea', 0.45],
  ['prototype', 0.3],
  ['pilot', 0.18],
  ['scaling', 0.07],
];
const digestMix: readonly [Innovator['digest'], number][] = [
  ['immediate', 0.6],
  ['daily', 0.17],
  ['weekly', 0.17],
  ['never', 0.06],
];

function pickWeighted<T>(random: () => number, mix: readonly (readonly [T, number])[]): T {
  let r = random() * mix.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of mix) {
    r -= weight;
    if (r < 0) return value;
  }
  return (mix.at(-1) as readonly [T, number])[0];
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** An ASCII mailbox name: å ä ö é and the like lose their marks. */
const mailbox = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.');

/** A template made concrete: a place, and for Swedish texts one of the approach sentences. */
function fillTemplate(random: () => number, template: IdeaTemplate, locale: Locale) {
  const place = pick(random, swedishPlaces);
  const description = template.description.replaceAll('{ort}', place);
  // The place in the title too, so many innovators on one theme still read as different ideas.
  const at = template.description.includes('{ort}') ? ` ${locale === 'sv' ? 'i' : 'in'} ${place}` : '';
  return {
    title: `${template.title}${at}`,
    description: locale === 'sv' ? `${description} ${pick(random, approaches)}` : description,
    sdgs: template.sdgs,
  };
}

/** A Swedish idea composed from a theme's parts (see swedish-idea-themes.ts): its own title and text. */
function composeSwedishIdea(random: () => number) {
  const theme = pick(random, swedishIdeaThemes);
  const activity = pick(random, theme.activities);
  const group = pick(random, theme.groups);
  const place = pick(random, swedishPlaces);
  const actor = pick(random, swedishActors);
  const sentence = activity.sentence
    .replaceAll('{vem}', actor)
    .replaceAll('{grupp}', group)
    .replaceAll('{ort}', place);
  return {
    title: `${activity.title} för ${group} i ${place}`,
    description: `${sentence} ${pick(random, theme.outcomes)} ${pick(random, approaches)}`,
    sdgs: theme.sdgs,
  };
}

const englishIdeaThemes = [...englishHealthThemes, ...englishInclusionThemes];

/** An English idea composed from a theme's parts (see english-idea-themes.ts), for the fallback. */
function composeEnglishIdea(random: () => number) {
  const theme = pick(random, englishIdeaThemes);
  const activity = pick(random, theme.activities);
  const group = pick(random, theme.groups);
  const place = pick(random, swedishPlaces);
  const actor = pick(random, theme.actors);
  const sentence = activity.sentence
    .replaceAll('{actor}', actor)
    .replaceAll('{group}', group)
    .replaceAll('{place}', place);
  return {
    title: `${activity.title} for ${group} in ${place}`,
    description: `${sentence} ${pick(random, theme.outcomes)} ${pick(random, englishApproaches)}`,
    sdgs: theme.sdgs,
  };
}

/**
 * The demo's need owners, challenges, innovators and ideas, the same for the same options on every
 * machine: one seeded PRNG drives every choice, in a fixed order.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const random = seededRandom(options.seed);
  const englishPool = options.openIdeoIdeas?.length ? shuffle(options.openIdeoIdeas, random) : null;
  let englishNext = 0;
  // Hand-written fallback texts echo their challenge so closely that copies would fill its shortlist:
  // each is used at most once, the other English ideas are composed.
  const handWritten = englishPool ? [] : shuffle(englishFallbackIdeas, random);
  const englishIdea = () => {
    if (!englishPool) {
      const template = random() < 0.05 ? handWritten.pop() : undefined;
      const text = template ? fillTemplate(random, template, 'en') : composeEnglishIdea(random);
      return { ...text, locale: 'en' as Locale };
    }
    const source = englishPool[englishNext++ % englishPool.length] as OpenIdeoIdea;
    return {
      title: source.title,
      description: source.description,
      sdgs: openIdeoChallengeSdgs[source.challengeId] ?? [],
      locale: 'en' as Locale,
    };
  };
  // A quarter hand-written, the rest composed: no template is drawn more than a handful of times.
  const swedishIdea = () => ({
    ...(random() < 0.25
      ? fillTemplate(random, pick(random, swedishIdeaTemplates), 'sv')
      : composeSwedishIdea(random)),
    locale: 'sv' as Locale,
  });

  const innovators: Innovator[] = [];
  const ideas: Idea[] = [];
  for (let n = 1; n <= options.innovators; n++) {
    const id = `inn-${String(n).padStart(4, '0')}`;
    const gender: Gender = pickWeighted(random, genderMix);
    const locale: Locale = pickWeighted(random, localeMix);
    const first = pick(random, firstNames[gender]);
    const last = pick(random, surnames);
    const region = pickWeighted(random, regionMix);
    const matching = random() < 0.93;
    const ideaTexts = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      // Swedish speakers mostly write in Swedish; some reuse an English concept text.
      locale === 'sv' && random() < 0.7 ? swedishIdea() : englishIdea(),
    );
    innovators.push({
      id,
      name: `${first} ${last}`,
      email: `${mailbox(first)}.${mailbox(last)}.${n}@${pick(random, emailDomains)}`,
      gender,
      locale,
      region,
      sdgs: [...new Set(ideaTexts.flatMap((t) => t.sdgs))].slice(0, 3).sort((a, b) => a - b),
      digest: pickWeighted(random, digestMix),
      consents: { matching, emailRecommendations: matching && random() < 0.9 },
    });
    ideaTexts.forEach((text, k) => {
      ideas.push({
        id: `idea-${String(n).padStart(4, '0')}-${k + 1}`,
        innovatorId: id,
        title: text.title,
        description: text.description,
        locale: text.locale,
        stage: pickWeighted(random, stageMix),
        sdgs: text.sdgs,
        sdgTargets: [],
        region,
      });
    });
  }
  return {
    organisations: demoOrganisations,
    challenges: [...swedishChallenges, ...englishChallenges],
    innovators,
    ideas,
    englishIdeaSource: englishPool ? 'openideo' : 'templates',
  };
}
