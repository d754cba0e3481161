import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A UN goal, target or indicator text and the goal it belongs to. */
export interface UnSdgText {
  readonly id: string;
  readonly goal: number;
  readonly kind: 'goal' | 'target' | 'indicator';
  readonly text: string;
}

const FILES = [
  ['goal', 'opensdg_en_global_goals.yml'],
  ['target', 'opensdg_en_global_targets.yml'],
  ['indicator', 'opensdg_en_global_indicators.yml'],
] as const;

/**
 * Reads the open-sdg English goal, target and indicator texts (keys such as `6-2-title`) from a
 * directory. They are labelled by construction, which makes them a dev set for the SDG tagger; they
 * are never part of the lexicon.
 */
export function loadUnSdgTexts(dir: string): UnSdgText[] {
  const out: UnSdgText[] = [];
  for (const [kind, file] of FILES) {
    const data: unknown = parse(readFileSync(join(dir, file), 'utf8'));
    if (data === null || typeof data !== 'object') continue;
    for (const [key, value] of Object.entries(data)) {
      const match = /^(\d+)(?:-([0-9a-z]+))?(?:-([0-9a-z]+))?-title$/.exec(key);
      if (match === null || typeof value !== 'string') continue;
      const goal = Number(match[1]);
      const depth = match[3] !== undefined ? 'indicator' : match[2] !== undefined ? 'target' : 'goal';
      if (depth !== kind || goal < 1 || goal > 17) continue;
      out.push({ id: key.replace(/-title$/, ''), goal, kind, text: value.replace(/\s+/g, ' ').trim() });
    }
  }
  return out;
}
