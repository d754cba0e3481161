import type { AnalysisLanguage } from './language';
import { stem } from './stem';

/**
 * Words any challenge or idea may use whatever it is about: verbs of doing and changing, "people",
 * "new", "idea". They match and count in the score like any word (BM25 gives them little weight),
 * but as the reason two texts fit ("shared terms: creates, people") they say nothing. Explanations
 * name them only when nothing more telling is shared. (One string per language: a list of words
 * reads better as running text than one word per line.)
 */
const GENERIC_WORDS: Record<AnalysisLanguage, readonly string[]> = {
  en: (
    'make makes made making use uses used using need needs needed create creates created ' +
    'creating help helps helping get gets give gives take takes want wants find finds feel ' +
    'feels know live lives living way ways new good better more many people person idea ideas ' +
    'solution solutions project projects reduce reduces reducing increase increases improve ' +
    'improves improving develop develops provide provides ensure enable enables allow allows ' +
    'start starts run runs'
  ).split(' '),
  sv: (
    'skapa skapar skapas skapat använda använder används behöva behöver behövs känna känner ' +
    'bo bor göra gör görs få får ge ger ta tar vilja vill hitta hittar finnas finns leva ' +
    'lever ny nya nytt bra bättre fler många människor personer person idé idéer lösning ' +
    'lösningar projekt öka ökar minska minskar förbättra förbättrar utveckla utvecklar starta ' +
    'startar driva driver hjälpa hjälper sätt'
  ).split(' '),
};

const GENERIC_STEMS: ReadonlySet<string> = new Set(
  (['en', 'sv'] as const).flatMap((lang) => GENERIC_WORDS[lang].map((word) => stem(word, lang))),
);

/** Whether an index term (a stem) is one of the words that say nothing about a topic. */
export const isGenericTerm = (term: string): boolean => GENERIC_STEMS.has(term);
