/// <reference lib="dom" />

import { initialLanguage, type Language, languageStorageKey, localeOf, storage } from './language-choice';
import { en, type MessageKey } from './messages';
import { sv } from './messages-sv';

export type { Language } from './language-choice';

const dictionaries: Record<Language, Record<MessageKey, string>> = { en, sv };

let current: Language = initialLanguage();

export const language = () => current;

export function setLanguage(next: Language): void {
  current = next;
  storage()?.setItem(languageStorageKey, next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
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

const locale = () => localeOf(current);

// Intl formatters are costly to create (the first one loads the locale's data), so each is made once
// per language and options and reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, make: (l: string) => F): F {
  const key = `${current}:${kind}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make(locale());
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A phrase with a count in it ("1 ny", "2 nya"): the form the language's plural rules pick, with `{n}` filled in. */
export function tc(key: CountedKey, n: number, vars: Record<string, string | number> = {}): string {
  const form = new Intl.PluralRules(locale()).select(n) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, { n, ...vars });
}

export const formatNumber = (value: number, digits = 2) =>
  cached(
    `fixed${digits}`,
    (l) => new Intl.NumberFormat(l, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  ).format(value);

/** A share (0.52) as a percentage in the language's style: "52 %" in Swedish, "52%" in English. */
export const formatPercent = (share: number, digits = 0) =>
  cached(
    `percent${digits}`,
    (l) =>
      new Intl.NumberFormat(l, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(share);

/** A share or other decimal as typed (0,25 in Swedish, 0.25 in English), no padding zeros. */
export const formatDecimal = (value: number) =>
  cached('decimal', (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 3, useGrouping: false })).format(
    value,
  );

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
  cached('time', (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeStyle: 'short' })).format(
    new Date(iso),
  );

/** A day without the time: "1 dec." / "1 Dec", with the year when it is not this year's. */
export function formatDay(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === now.getFullYear();
  return cached(
    sameYear ? 'day' : 'dayYear',
    (l) =>
      new Intl.DateTimeFormat(l, {
        day: 'numeric',
        month: 'short',
        ...(sameYear ? {} : { year: 'numeric' }),
      }),
  ).format(date);
}

/** A calendar month ("2026-12") by name: "december 2026" / "December 2026". */
export function formatMonth(month: string): string {
  const [year, mm] = month.split('-').map(Number);
  if (!year || !mm) return month;
  return cached(
    'month',
    (l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(year, mm - 1, 1)));
}
