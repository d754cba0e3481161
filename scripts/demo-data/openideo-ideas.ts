import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** One submitted OpenIDEO idea (Apache-2.0 data, read from its folder at run time, never copied). */
export interface OpenIdeoIdea {
  challengeId: string;
  title: string;
  description: string;
}

/** Goals the OpenIDEO challenges are about, so the ideas carry the SDGs their authors would pick. */
export const openIdeoChallengeSdgs: Record<string, number[]> = {
  c1: [2, 3, 4],
  c2: [4, 10],
  c3: [17],
  c4: [6, 11],
  c5: [3],
  c6: [3, 5],
  c8: [3, 8],
  c9: [16, 10],
};

const minDescription = 80;
const maxDescription = 2_000;

/**
 * The usable ideas from `<dir>/ideas.csv`: challenges with SDG themes only (not the logo contest),
 * with a description long enough to match on; `null` when the folder is absent.
 */
export function readOpenIdeoIdeas(dir: string): OpenIdeoIdea[] | null {
  const file = path.join(dir, 'ideas.csv');
  if (!existsSync(file)) return null;
  const rows = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const ideas: OpenIdeoIdea[] = [];
  for (const row of rows) {
    const challengeId = row.challenge_id ?? '';
    const title = (row.title ?? '').replaceAll('\u0000', '').trim().slice(0, 300);
    const description = (row.description ?? '').replaceAll('\u0000', '').trim();
    if (!(challengeId in openIdeoChallengeSdgs) || !title || description.length < minDescription) continue;
    ideas.push({ challengeId, title, description: description.slice(0, maxDescription) });
  }
  return ideas;
}
