import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document';
import { displayTerm, formsAsWritten, knownWordsByStem, termWords, wordWithStem } from './term-words';
import { tokenize } from './tokenize';

describe('termWords', () => {
  it('names every index term of a document by a word the document wrote', () => {
    const doc = {
      title: 'Promenadvänner för äldre med rullator',
      body: 'Äldre som sällan går ut får sällskap.',
    };
    const words = termWords(doc);
    const terms = Object.keys(analyzeDocument(doc).terms).filter((term) => !term.startsWith('~'));
    for (const term of terms) expect(words[term], term).toBeDefined();
    expect(words.äldr).toBe('äldre');
    expect(words.rullat).toBe('rullator');
    expect(words.promenadvän).toBe('promenadvänner');
  });

  it('names a compound part by its compound, unless the part is also a word of its own', () => {
    expect(termWords({ title: 'Barnfattigdomen i Malmö' }).fattigdom).toBe('barnfattigdomen');
    expect(termWords({ title: 'Barnfattigdomen i Malmö', body: 'Fattigdom bland barn.' }).fattigdom).toBe(
      'fattigdom',
    );
  });

  it('keeps the first occurrence, title before body, in English too', () => {
    const words = termWords({
      title: 'Walking friends',
      body: 'They walk and walked together; friendly walks.',
    });
    expect(words.walk).toBe('walking');
    expect(words.friend).toBe('friends');
  });

  it('keeps the capital of names written capitalised inside a sentence, not of title-case titles', () => {
    const words = termWords({
      title: 'Minska ensamhet bland äldre i Hässleholm',
      body: 'Äldre i Hässleholm och Malmö. Malmö har parker.',
    });
    expect(words.hässleholm).toBe('Hässleholm');
    expect(words.malmö).toBe('Malmö');
    expect(words.äldr).toBe('äldre');
    const english = termWords({
      title: 'Digital Inclusion For Older Tenants',
      body: 'Tenants in Helsingborg. Digital tools help older tenants. EU funds it.',
    });
    expect(english.tenant).toBe('tenants');
    expect(english.inclus).toBe('inclusion');
    expect(english.helsingborg).toBe('Helsingborg');
    expect(english.eu).toBe('EU');
  });

  it('returns nothing for empty or malformed documents', () => {
    expect(termWords({})).toEqual({});
    expect(termWords({ title: 42 as unknown as string, body: '🙂' })).toEqual({});
  });
});

describe('formsAsWritten', () => {
  it('names lexicon forms by the words the text wrote, and drops forms the text does not have', () => {
    const text = 'Teachers and educators improve learning. Access to clean water.';
    const words = termWords({ body: text }, 'en');
    expect(
      formsAsWritten(
        ['teacher', 'educator', 'e-learning', 'learning', 'access to water', 'school'],
        words,
        'en',
      ),
    ).toEqual(['teachers', 'educators', 'learning', 'access to water']);
    expect(formsAsWritten(['clean water'], words, 'en')).toEqual(['clean water']);
    const swedish = termWords({ body: 'Kvinnor ska ha lika lön.' }, 'sv');
    expect(formsAsWritten(['kvinnlighet', 'kvinnor', 'löner'], swedish, 'sv')).toEqual(['kvinnor', 'lön']);
  });
});

describe('displayTerm', () => {
  it('prefers the first map that knows the term, names concepts, and falls back to the term', () => {
    expect(displayTerm('äldr', { äldr: 'äldre' }, { äldr: 'äldres' })).toBe('äldre');
    expect(displayTerm('äldr', {}, { äldr: 'äldres' })).toBe('äldres');
    expect(displayTerm('~participation-democracy', { 'participation-democracy': 'x' })).toBe('democracy');
    expect(displayTerm('~no-such-concept')).toBe('no such concept');
    expect(displayTerm('unknown')).toBe('unknown');
  });
});

describe('knownWordsByStem', () => {
  it('names a stem by the shortest word of the vocabulary with that stem, per language', () => {
    expect(knownWordsByStem('en').creat).toBe('create');
    expect(knownWordsByStem('sv').äldr).toBe('äldre');
    expect(knownWordsByStem('en').äldr).toBeUndefined();
  });
});

describe('wordWithStem', () => {
  it('finds the word a stem begins, else a compound holding it, else nothing', () => {
    expect(wordWithStem('rullat', tokenize('Promenadvänner för äldre med rullator i Lund'))).toBe('rullator');
    expect(wordWithStem('creat', tokenize('Creative reuse of plastic'))).toBe('creative');
    expect(wordWithStem('clai', tokenize('Clay pot water filters'))).toBe('clay');
    expect(wordWithStem('fattigdom', tokenize('Barnfattigdomen i Malmö'))).toBe('barnfattigdomen');
    expect(wordWithStem('bo', tokenize('Robot dogs'))).toBeUndefined();
    expect(wordWithStem('water', tokenize(''))).toBeUndefined();
  });
});
