import { analysisLanguage, CONCEPT_PREFIX } from './analyze';
import type { DocumentText } from './analyze-document';
import { GENERAL_CONCEPTS } from './concept-map';
import { detectLanguage } from './detect-language';
import { knownWords } from './known-words';
import type { AnalysisLanguage, Language } from './language';
import { sanitizeText } from './sanitize-text';
import { SDG_LEXICON } from './sdg-lexicon';
import { stem } from './stem';
import { stopWords } from './stop-words';
import { visitWords } from './token-stream';
import { tokenize } from './tokenize';

/**
 * The word each index term of a document was read from, so explanations name the words people wrote
 * ("äldre", "rullator") rather than the stems the index keeps ("äldr", "rullat"). The first occurrence
 * wins, title before body, as `analyzeDocument` reads them (same language choice). A Swedish compound
 * part is named by its compound ("promenadvänner" for "vän") unless the part is also a word of its own.
 */
export function termWords(doc: DocumentText, lang?: Language): Record<string, string> {
  const title = typeof doc.title === 'string' ? sanitizeText(doc.title) : '';
  const body = typeof doc.body === 'string' ? sanitizeText(doc.body) : '';
  const language = lang ?? detectLanguage(`${title}\n${body}`);
  const words: Record<string, string> = Object.create(null);
  const fromParts: Record<string, string> = Object.create(null);
  for (const text of [title, body]) {
    if (text.length === 0) continue;
    visitWords(text, analysisLanguage(language, text), (word, stemmed, parts) => {
      words[stemmed] ??= word;
      for (const part of parts) fromParts[part] ??= word;
    });
  }
  for (const part in fromParts) words[part] ??= fromParts[part] as string;
  const names = properNames(title, body);
  for (const term in words) {
    const name = names.get(words[term] as string);
    if (name !== undefined) words[term] = name;
  }
  return { ...words };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words the texts only ever write capitalised, at least once inside a sentence ("Hässleholm",
 * "Malmö"), or in capitals ("EU"), by their lowercased form: names that an explanation should not print as "hässleholm".
 * The analyser lowercases everything, so the casing is read here from the texts. A title counts only
 * when it is written in sentence case: in a title-case title ("Digital Inclusion For Older Tenants")
 * every word is capitalised and none is a name for that.
 */
function properNames(title: string, body: string): Map<string, string> {
  const capitalised = new Map<string, string>();
  const lowercase = new Set<string>();
  const read = (text: string, countsAsName: boolean) => {
    let sentenceStart = true;
    let end = 0;
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      const index = match.index ?? 0;
      if (/[.!?:\n]/.test(text.slice(end, index))) sentenceStart = true;
      end = index + word.length;
      const lower = word.toLowerCase();
      const first = word.charAt(0);
      const acronym = word.length >= 2 && word === word.toUpperCase() && word !== lower;
      if (first === first.toLowerCase()) lowercase.add(lower);
      else if (countsAsName && (acronym || (!sentenceStart && word.slice(1) === word.slice(1).toLowerCase())))
        capitalised.set(lower, word);
      sentenceStart = false;
    }
  };
  read(title, !isTitleCase(title));
  read(body, true);
  for (const lower of lowercase) capitalised.delete(lower);
  return capitalised;
}

/** Whether most longer words of a title are capitalised, as English headline style writes them. */
function isTitleCase(title: string): boolean {
  const longer = [...title.matchAll(WORD)].map((m) => m[0]).filter((word) => word.length >= 4);
  const upper = longer.filter((word) => word.charAt(0) !== word.charAt(0).toLowerCase()).length;
  return longer.length >= 2 && upper / longer.length > 0.5;
}

/**
 * How an index term reads in an explanation: a cross-language concept by its first English form
 * ("~participation-democracy" as "democracy"), else the word the first of `words` that knows the term gives (`termWords`,
 * `knownWordsByStem`), else the term itself. Explicit parameters, no rest array: explanations call this
 * for every listed entry of every shortlist.
 */
export function displayTerm(
  term: string,
  words?: Readonly<Record<string, string>>,
  more?: Readonly<Record<string, string>>,
  yetMore?: Readonly<Record<string, string>>,
): string {
  if (term.startsWith(CONCEPT_PREFIX)) return conceptLabel(term.slice(CONCEPT_PREFIX.length));
  return words?.[term] ?? more?.[term] ?? yetMore?.[term] ?? term;
}

/**
 * The first of a short text's words (`tokenize` of a title) that begins with a stem, else one that
 * contains it (a compound part, four letters or more): a cheap way to name a stem by a word the text
 * wrote, without analysing it (stems are prefixes of their words but for Porter's y, "happi" of "happy").
 */
export function wordWithStem(term: string, words: readonly string[]): string | undefined {
  // Porter writes a final y as i: "clay" -> "clai", "community" -> "communiti".
  const withY = term.endsWith('i') ? `${term.slice(0, -1)}y` : undefined;
  return (
    words.find((word) => word.startsWith(term) || (withY !== undefined && word.startsWith(withY))) ??
    (term.length >= 4 ? words.find((word) => word.includes(term)) : undefined)
  );
}

let labels: Map<string, string> | undefined;

/**
 * A concept named by its first English form ("democracy" for `participation-democracy`): English,
 * because a concept shown in an explanation is usually the bridge between a Swedish and an English text.
 */
function conceptLabel(id: string): string {
  if (labels === undefined) {
    labels = new Map();
    for (const goal of SDG_LEXICON)
      for (const [conceptId, , en] of goal.entries) firstForm(labels, conceptId, en);
    for (const [conceptId, en] of GENERAL_CONCEPTS) firstForm(labels, conceptId, en);
  }
  return labels.get(id) ?? id.replaceAll('-', ' ');
}

const firstForm = (into: Map<string, string>, id: string, forms: string) => {
  const first = forms.split('|')[0];
  if (!into.has(id) && first) into.set(id, first);
};

const byStem: Partial<Record<AnalysisLanguage, Record<string, string>>> = {};

/**
 * The words this package knows (`knownWords`) by stem, the shortest word of each stem ("create" for
 * "creat"): names a term that neither text at hand wrote, such as a word only an idea's description used.
 */
export function knownWordsByStem(lang: AnalysisLanguage): Readonly<Record<string, string>> {
  const known = byStem[lang];
  if (known !== undefined) return known;
  const words: Record<string, string> = Object.create(null);
  for (const word of knownWords(lang)) {
    const stemmed = stem(word.toLowerCase(), lang);
    const current = words[stemmed];
    if (current === undefined || word.length < current.length) words[stemmed] = word.toLowerCase();
  }
  byStem[lang] = words;
  return words;
}

/**
 * Lexicon forms (SDG evidence, "kvinnlighet", "teacher") as the text wrote them ("kvinnor",
 * "Teachers"): each word of a form is replaced by the text's word with the same stem (`termWords`),
 * stop words inside a phrase stay, forms whose words the text does not have are dropped, and repeats
 * are merged.
 */
export function formsAsWritten(
  forms: readonly string[],
  words: Readonly<Record<string, string>>,
  lang: AnalysisLanguage,
): string[] {
  const written = new Set<string>();
  const stops = stopWords(lang);
  for (const form of forms) {
    // Stop words inside a phrase ("access to water") are kept as the lexicon writes them.
    const parts = tokenize(form)
      .filter((word) => word.length >= 2) // single letters are not read as words ("e-learning")
      .map((word) => (stops.has(word) ? word : words[stem(word, lang)]));
    if (parts.length > 0 && parts.every((part) => part !== undefined)) written.add(parts.join(' '));
  }
  return [...written];
}
