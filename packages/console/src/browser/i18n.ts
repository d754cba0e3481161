/// <reference lib="dom" />
import { en, type MessageKey, sv } from './messages';

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

export const formatNumber = (value: number, digits = 2) =>
  value.toLocaleString(current === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

export const formatTime = (iso: string) =>
  new Date(iso).toLocaleString(current === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
