import type { MatchingWeights, ScoreComponents } from '@suite/contracts';
import {
  CONCEPT_PREFIX,
  displayTerm,
  isGenericTerm,
  knownWordsByStem,
  type MatchHit,
  tokenize,
  wordWithStem,
} from '@suite/text';
import { freshnessComponent, languageComponent, regionComponent, stageComponent } from './context-components';
import type { ChallengeFacts, IdeaFacts, InnovatorFacts } from './match-index';
import { weightedScore } from './weighted-score';

/** One idea scored for one challenge, with what explains it. */
export interface PairScore {
  ideaId: string;
  score: number;
  components: ScoreComponents;
  explanation: { terms: string[]; sdgs: number[]; related?: string[] };
}

const EXPLAINED_TERMS = 5;
/** Related words shown: a hint at why an idea ranks, not a second list of reasons. */
const RELATED_TERMS = 3;
const EXPLAINED_SDGS = 5;

/**
 * Scores a pair from the matcher's hit (the `text` and `sdg` components, exactly as the text package
 * computes them) plus the context components. Shared SDGs: the goals both texts address (from the
 * matcher), then goals both sides chose explicitly.
 */
export function scorePair(input: {
  hit: MatchHit;
  challenge: ChallengeFacts;
  idea: IdeaFacts;
  innovator: InnovatorFacts | undefined;
  weights: MatchingWeights;
  nowMs: number;
}): PairScore {
  return { ...scoreOnly(input), explanation: explanationOf(input.hit, input.challenge, input.idea) };
}

/** A pair's score and components without the explanation (pools: only listed entries get one). */
export function scoreOnly(input: {
  hit: Pick<MatchHit, 'components'>;
  challenge: ChallengeFacts;
  idea: IdeaFacts;
  innovator: InnovatorFacts | undefined;
  weights: MatchingWeights;
  nowMs: number;
}): Omit<PairScore, 'explanation'> {
  const { hit, challenge, idea, innovator, weights, nowMs } = input;
  const components: ScoreComponents = {
    text: hit.components.text,
    sdg: hit.components.sdg,
    region: regionComponent(challenge.region, idea.region ?? innovator?.region ?? null),
    language: languageComponent(challenge.language, idea.language),
    stage: stageComponent(idea.stage),
    freshness: freshnessComponent(idea.updatedAtMs, nowMs),
  };
  return { ideaId: idea.id, score: weightedScore(components, weights), components };
}

/**
 * Top shared terms of an explained hit (concepts by name), then the goals both texts address and
 * the goals both sides chose - of the challenge's chosen goals only, when it chose any. A hit from a
 * bare search (no explanation asked) gives only the goals both sides chose.
 */
export function explanationOf(
  hit: Pick<MatchHit, 'terms' | 'sharedSdgs' | 'relatedTerms' | 'bridgedTerms'>,
  challenge: ChallengeFacts,
  idea: IdeaFacts,
): PairScore['explanation'] {
  // Terms read as the challenge wrote them, else as our vocabulary writes them, else as a word of the
  // idea's title that begins with them (the index keeps no idea text); concepts (bridges) by name.
  const first = knownWordsByStem(challenge.language === 'en' ? 'en' : 'sv');
  const second = knownWordsByStem(challenge.language === 'en' ? 'sv' : 'en');
  let titleWords: string[] | undefined;
  // A concept shared by two texts in one language is named as the challenge wrote it ("villages", not
  // the concept's name "urban-rural"); across languages its English name shows the bridge.
  const sameLanguage = idea.language === challenge.language;
  const conceptWords = new Map<string, string>();
  for (const bridge of sameLanguage ? (hit.bridgedTerms ?? []) : []) {
    const form = bridge.from.split(' / ')[0];
    if (bridge.term.startsWith(CONCEPT_PREFIX) && form) conceptWords.set(bridge.term, form);
  }
  const wordOf = (term: string) => {
    const own = conceptWords.get(term);
    if (own !== undefined) return own;
    const word = displayTerm(term, challenge.words, first, second);
    if (word !== term) return word;
    titleWords ??= tokenize(idea.title);
    return wordWithStem(term, titleWords) ?? term;
  };
  const words = new Set<string>();
  // Everyday words ("skapar", "people") only when nothing more telling is shared.
  const telling = hit.terms.filter((t) => !isGenericTerm(t.term));
  for (const t of telling.length > 0 ? telling : hit.terms) {
    if (words.size === EXPLAINED_TERMS) break;
    const word = wordOf(t.term);
    if (![...words].some((listed) => sameWordFamily(listed, word))) words.add(word);
  }
  const terms = [...words];
  // Expansion terms named by a word (never a bare stem), and not repeating a shared one.
  const related = new Set<string>();
  for (const t of hit.relatedTerms ?? []) {
    if (related.size === RELATED_TERMS) break;
    if (isGenericTerm(t.term)) continue;
    const word = wordOf(t.term);
    const named = word !== t.term || knownAsWord(t.term, first, second);
    const repeats = [...words, ...related].some((listed) => sameWordFamily(listed, word));
    if (named && !repeats) related.add(word);
  }
  // Shared goals are among those the need owner chose, when they chose any: a goal only inferred
  // from the challenge's wording ("universitet" -> 4) is not one it shares with anybody.
  const chosen = new Set(challenge.sdgs);
  const candidates = [...hit.sharedSdgs, ...idea.sdgs.filter((goal) => chosen.has(goal))];
  const sdgs = [...new Set(candidates)]
    .filter((goal) => chosen.size === 0 || chosen.has(goal))
    .slice(0, EXPLAINED_SDGS);
  return related.size > 0 ? { terms, sdgs, related: [...related] } : { terms, sdgs };
}

/** Longest inflection ending told apart from a word of its own ("-erna" yes, "-svinn" no). */
const INFLECTION = 4;

/**
 * Two forms of one word that different stems gave ("unga" and "unge", "hyresgäst" and
 * "hyresgästerna"): listing both says the same thing twice. One is the other plus an ending of up to
 * four letters, or, from four letters and at most two letters apart in length, they differ only from
 * their last shared letter on. "mat" and "matsvinn" or "arbete" and "arbetslöshet" stay two words.
 */
export function sameWordFamily(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= INFLECTION) return true;
  const n = short.length;
  return n >= 4 && long.length - n <= 2 && short.slice(0, n - 1) === long.slice(0, n - 1);
}

/** Whether a term is itself a word of our vocabulary (a stem equal to its word, "water"). */
const knownAsWord = (term: string, ...vocabularies: ReadonlyArray<Readonly<Record<string, string>>>) =>
  vocabularies.some((words) => words[term] === term);
