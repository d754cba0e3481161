import { join } from 'node:path';
import { readCsv, requireFile } from './cli';

export interface Challenge {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

export interface Idea extends Challenge {
  readonly challengeId: string;
  readonly type: string;
}

/** Reads an OpenIDEO-format directory: challenges.csv (id,title,description) and ideas.csv. */
export function readOpenIdeo(dir: string): { challenges: Challenge[]; ideas: Idea[] } {
  requireFile(join(dir, 'challenges.csv'), 'OpenIDEO challenges (--data DIR)');
  requireFile(join(dir, 'ideas.csv'), 'OpenIDEO ideas (--data DIR)');
  const challenges = readCsv(join(dir, 'challenges.csv')).map((row) => ({
    id: row.id ?? '',
    title: row.title ?? '',
    description: row.description ?? '',
  }));
  const ideas = readCsv(join(dir, 'ideas.csv')).map((row) => ({
    id: row.id ?? '',
    challengeId: row.challenge_id ?? '',
    type: row.type ?? '',
    title: row.title ?? '',
    description: row.description ?? '',
  }));
  return { challenges, ideas };
}
