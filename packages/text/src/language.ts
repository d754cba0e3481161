/** Languages the analysers know; `unknown` when a text is too short or too foreign to tell. */
export type Language = 'sv' | 'en' | 'unknown';

/** Languages with a dedicated analyser. */
export type AnalysisLanguage = Exclude<Language, 'unknown'>;
