import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './messages';
import { sv } from './messages-sv';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(en) as MessageKey[];

describe('the console messages', () => {
  it('has a Swedish text for every English one, and no Swedish text without an English one', () => {
    expect(Object.keys(sv).sort()).toEqual([...keys].sort());
  });

  it('fills in the same values in both languages', () => {
    for (const key of keys) expect(placeholders(sv[key]), key).toEqual(placeholders(en[key]));
  });

  it('has no empty text and comes in both plural forms', () => {
    for (const key of keys) {
      expect(en[key].trim(), key).not.toBe('');
      expect(sv[key].trim(), key).not.toBe('');
      const counted = /^(.*)_(one|other)$/.exec(key);
      if (counted) expect(keys, key).toContain(`${counted[1]}_${counted[2] === 'one' ? 'other' : 'one'}`);
    }
  });
});
