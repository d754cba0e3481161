/**
 * Swedish -> English word pairs for query translation, written for this project (no external word
 * list): the everyday vocabulary of challenges and ideas about public services, welfare, health,
 * learning, work, environment, technology and civic life. One line per Swedish word: the Swedish
 * word first, then its English equivalents. Words are stemmed when the dictionary is compiled, so
 * one line covers the inflections (and, through compound parts, the compounds) of both languages.
 * The lexicon and concept map bridge topics; this bridges the plain words around them.
 */
import { SWEDISH_ENGLISH_SERVICES } from './bilingual-dictionary-services';
import { SWEDISH_ENGLISH_SOCIETY } from './bilingual-dictionary-society';

// Two files by theme keep each under the size limit; consumers see one list.
export const SWEDISH_ENGLISH = `${SWEDISH_ENGLISH_SERVICES}\n${SWEDISH_ENGLISH_SOCIETY}`;
