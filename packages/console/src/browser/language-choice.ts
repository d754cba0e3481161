/// <reference lib="dom" />
// Which language a page starts in: the one chosen before (kept in localStorage), else the browser's.
// Shared by i18n.ts and owner-boot.ts, which must not load the message texts.

export type Language = 'sv' | 'en';
export const languageStorageKey = 'console.language';

// Guarded, so this also runs in unit tests (Node has no localStorage or navigator).
export const storage = () => (typeof localStorage === 'undefined' ? undefined : localStorage);

export function initialLanguage(): Language {
  const stored = storage()?.getItem(languageStorageKey);
  if (stored === 'sv' || stored === 'en') return stored;
  const preferred = typeof navigator === 'undefined' ? '' : navigator.language;
  return preferred.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** The locale Intl formats a language's numbers and dates in. */
export const localeOf = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB');
