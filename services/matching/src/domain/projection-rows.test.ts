import { describe, expect, it } from 'vitest';
import { challengeEvent } from '../testing/events';
import { challengeFacts, challengeRow } from './projection-rows';

describe('challenge rows and facts', () => {
  const at = new Date('2026-03-01T00:00:00Z');
  const challenge = challengeEvent(1, {
    id: 'c-1',
    title: 'Ensamhet bland äldre',
    description: 'Promenadvänner och telefonkedjor för äldre som bor ensamma.',
    locale: 'sv',
  }).challenge;

  it('keeps the words the text used for its index terms, description included', () => {
    const facts = challengeFacts(challengeRow(challenge, 1, at, at));
    expect(facts.words.äldr).toBe('äldre');
    expect(facts.words.promenadvän).toBe('promenadvänner');
  });

  it('falls back to the title words for rows stored before words were kept', () => {
    const facts = challengeFacts({ ...challengeRow(challenge, 1, at, at), words: null });
    expect(facts.words.äldr).toBe('äldre');
    expect(facts.words.promenadvän).toBeUndefined();
  });
});
