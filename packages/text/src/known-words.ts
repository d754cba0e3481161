import { SWEDISH_ENGLISH } from './bilingual-dictionary';
import { GENERAL_CONCEPTS } from './concept-map';
import type { AnalysisLanguage } from './language';
import { SDG_LEXICON } from './sdg-lexicon';
import { SWEDISH_VOCABULARY } from './swedish-vocabulary';

/**
 * Every single word this package knows in a language: for Swedish the vocabulary list, and in both
 * languages the SDG lexicon's and the concept map's forms and the bilingual dictionary's words. The
 * compound splitter reads the Swedish list; explanations use both to name a stem no text at hand wrote.
 */
export function knownWords(lang: AnalysisLanguage): string[] {
  const words: string[] = lang === 'sv' ? [...SWEDISH_VOCABULARY] : [];
  const addForms = (forms: string) => {
    for (const form of forms.split('|')) if (form.length > 0 && !form.includes(' ')) words.push(form);
  };
  for (const goal of SDG_LEXICON)
    for (const entry of goal.entries) addForms(lang === 'sv' ? entry[3] : entry[2]);
  for (const [, en, sv] of GENERAL_CONCEPTS) addForms(lang === 'sv' ? sv : en);
  for (const line of SWEDISH_ENGLISH.split('\n')) {
    const [swedish = '', ...english] = line.trim().split(/\s+/);
    if (lang === 'sv') addForms(swedish);
    else for (const word of english) addForms(word);
  }
  return words;
}
