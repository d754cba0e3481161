/// <reference lib="dom" />
import { en, type MessageKey } from './messages';
import { sv } from './messages-sv';

export type Language = 'sv' | 'en';
const storageKey = 'console.language';
const dictionaries: Record<Language, Record<MessageKey, string>> = { en, sv };

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (stored === 'sv' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

let current: Language = initialLanguage();

export const language = () => current;

export function setLanguage(next: Language): void {
  current = next;
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next;
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return dictionaries[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Message keys that come in a `_one` and an `_other` form. */
type CountedKey = {
  [K in MessageKey]: K extends `${infer Base}_one`
    ? `${Base}_other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

const locale = () => (current === 'sv' ? 'sv-SE' : 'en-GB');

/** A phrase with a count in it ("1 ny", "2 nya"): the form the language's plural rules pick, with `{n}` filled in. */
export function tc(key: CountedKey, n: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale()).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, { n, ...vars });
}

export const formatNumber = (value: number, digits = 2) =>
  value.toLocaleString(locale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** A share or other decimal as typed (0,25 in Swedish, 0.25 in English), no padding zeros. */
export const formatDecimal = (value: number) =>
  value.toLocaleString(locale(), { maximumFractionDigits: 3, useGrouping: false });

/** Reads a decimal typed with either separator; '' is undefined, anything unreadable NaN. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (trimmed === '') return undefined;
  return /^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** "a, b and c" / "a, b och c". */
export const formatList = (items: string[]) =>
  new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);

export const formatTime = (iso: string) =>
  new Date(iso).toLocaleString(locale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
