import type { Challenge, Gender, Idea, Innovator } from '@suite/contracts';
import type { BalancePolicySetting } from '@suite/fairness';
import { type AnalyzedDocument, analyzeDocument, analyzerVersion, tagSdgs, termWords } from '@suite/text';
import type { ChallengeRow, IdeaRow, InnovatorRow } from '../storage/projection.repository';
import { encodeIndexEntry } from './index-entry';
import type { ChallengeFacts, IdeaFacts, InnovatorFacts } from './match-index';

/*
 * Events become rows (with the text analysed once, here) and rows become the facts the in-memory
 * index keeps. The language is detected from the text, as the evaluation does, not taken from the
 * stated locale: a Swedish user may well write in English.
 */

/** What a challenge's stored row keeps of its analysed text; a newer analyser recomputes exactly this. */
export function challengeAnalysis(title: string, description: string) {
  const text = { title, body: description };
  const analysis = analyzeDocument(text);
  return {
    inferredSdgs: tagSdgs(analysis).tags.map((tag) => tag.goal),
    analysis,
    words: termWords(text, analysis.lang),
    analyzer: analyzerVersion(),
  };
}

/** What an idea's stored row keeps of its analysed text; a newer analyser recomputes exactly this. */
export function ideaAnalysis(title: string, description: string) {
  const analysis = analyzeDocument({ title, body: description });
  const tagging = tagSdgs(analysis);
  return {
    inferredSdgs: tagging.tags.map((tag) => tag.goal),
    analysis,
    indexEntry: encodeIndexEntry(analysis, tagging.scores),
    analyzer: analyzerVersion(),
  };
}

export function challengeRow(
  challenge: Challenge,
  version: number,
  at: Date,
  openedAt: Date | null,
): ChallengeRow {
  return {
    id: challenge.id,
    version,
    organisationId: challenge.organisationId,
    title: challenge.title,
    locale: challenge.locale,
    status: challenge.status,
    region: challenge.region ?? null,
    sdgs: challenge.sdgs,
    ...challengeAnalysis(challenge.title, challenge.description),
    description: challenge.description,
    balancePolicy: challenge.balancePolicy ?? null,
    deadline: challenge.deadline ? new Date(challenge.deadline) : null,
    openedAt,
    updatedAt: at,
  };
}

export function innovatorRow(innovator: Innovator, version: number, at: Date): InnovatorRow {
  // Contact data (email) stays out: matching never writes to people, notification does.
  return {
    id: innovator.id,
    version,
    name: innovator.name,
    genderGroup: innovator.gender,
    region: innovator.region ?? null,
    locale: innovator.locale,
    sdgs: innovator.sdgs,
    consentMatching: innovator.consents.matching,
    consentEmailRecommendations: innovator.consents.emailRecommendations,
    erased: false,
    updatedAt: at,
  };
}

export function ideaRow(idea: Idea, version: number, at: Date): IdeaRow {
  return {
    id: idea.id,
    version,
    innovatorId: idea.innovatorId,
    title: idea.title,
    locale: idea.locale ?? null,
    stage: idea.stage,
    region: idea.region ?? null,
    sdgs: idea.sdgs,
    ...ideaAnalysis(idea.title, idea.description),
    description: idea.description,
    deleted: false,
    updatedAt: at,
  };
}

/** A deleted idea: id, owner and version stay so an older replay cannot bring it back. */
export function ideaTombstone(ideaId: string, innovatorId: string, version: number, at: Date): IdeaRow {
  return {
    id: ideaId,
    version,
    innovatorId,
    title: '',
    locale: null,
    stage: 'idea',
    region: null,
    sdgs: [],
    inferredSdgs: [],
    analysis: null,
    indexEntry: null,
    description: null,
    analyzer: null,
    deleted: true,
    updatedAt: at,
  };
}

export const challengeFacts = (row: ChallengeRow): ChallengeFacts => {
  const analysis = row.analysis as AnalyzedDocument;
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    status: row.status,
    region: row.region,
    language: analysis.lang,
    sdgs: row.sdgs,
    analysis,
    // Rows stored before the words were kept name terms by the title's words (the description is gone).
    words: row.words ?? termWords({ title: row.title }, analysis.lang),
    balancePolicy: (row.balancePolicy as BalancePolicySetting | null) ?? null,
  };
};

// A rebuild reads the same few groups, stages, regions and languages a million times: one string
// each (bounded, should a column hold free text).
const interned = new Map<string, string>();
const intern = (value: string): string => {
  const known = interned.get(value);
  if (known !== undefined) return known;
  if (interned.size < 10_000) interned.set(value, value);
  return value;
};
const NO_GOALS: number[] = [];
// Most ideas choose one to three of 17 goals: a few hundred distinct lists serve a million ideas.
// Shared lists are never mutated (facts are replaced whole, not edited).
const goalLists = new Map<string, number[]>();
const internGoals = (goals: number[]): number[] => {
  if (goals.length === 0) return NO_GOALS;
  const key = goals.join(',');
  const known = goalLists.get(key);
  if (known !== undefined) return known;
  if (goalLists.size < 10_000) goalLists.set(key, goals);
  return goals;
};

export const innovatorFacts = (
  row: Pick<
    InnovatorRow,
    'id' | 'name' | 'genderGroup' | 'region' | 'consentMatching' | 'consentEmailRecommendations'
  >,
): InnovatorFacts => ({
  id: row.id,
  name: row.name ?? '',
  group: intern(row.genderGroup) as Gender,
  region: row.region === null ? null : intern(row.region),
  consentMatching: row.consentMatching,
  consentEmailRecommendations: row.consentEmailRecommendations,
});

/**
 * Facts of an idea read for the rebuild (only the columns the index keeps, repeats shared).
 * `knownInnovatorId` is the owner's id string the index already holds, so a million ideas do not
 * each keep a copy of it.
 */
export const storedIdeaFacts = (
  row: Pick<IdeaRow, 'id' | 'innovatorId' | 'title' | 'stage' | 'region' | 'sdgs' | 'updatedAt'>,
  language: string,
  knownInnovatorId?: string,
): IdeaFacts => ({
  id: row.id,
  innovatorId: knownInnovatorId === row.innovatorId ? knownInnovatorId : row.innovatorId,
  title: row.title,
  stage: intern(row.stage),
  region: row.region === null ? null : intern(row.region),
  language: intern(language),
  sdgs: internGoals(row.sdgs),
  updatedAtMs: row.updatedAt.getTime(),
});

export const ideaFacts = (row: IdeaRow): IdeaFacts => ({
  id: row.id,
  innovatorId: row.innovatorId,
  title: row.title,
  stage: row.stage,
  region: row.region,
  language: (row.analysis as AnalyzedDocument | null)?.lang ?? 'unknown',
  sdgs: row.sdgs,
  updatedAtMs: row.updatedAt.getTime(),
});
