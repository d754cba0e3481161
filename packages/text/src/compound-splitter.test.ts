import { describe, expect, it } from 'vitest';
import { createCompoundSplitter } from './compound-splitter';
import { stem } from './stem';

describe('createCompoundSplitter', () => {
  const split = createCompoundSplitter([
    'samhälle',
    'utmaning',
    'kvinna',
    'jour',
    'barn',
    'fattigdom',
    'skola',
    'mat',
  ]);

  it('splits a compound with a linking s into the stems of its parts', () => {
    expect(split('samhällsutmaningar')).toEqual([stem('samhälle', 'sv'), stem('utmaning', 'sv')]);
  });

  it('splits a compound whose first part ends in a linking vowel', () => {
    expect(split('kvinnojourer')).toEqual([stem('kvinna', 'sv'), stem('jour', 'sv')]);
    expect(split('barnfattigdom')).toEqual([stem('barn', 'sv'), stem('fattigdom', 'sv')]);
  });

  it('splits plain concatenations', () => {
    expect(split('skolmat')).toEqual([stem('skola', 'sv'), stem('mat', 'sv')]);
  });

  it('leaves short and unknown words alone', () => {
    expect(split('barnmat')).toEqual([stem('barn', 'sv'), stem('mat', 'sv')]);
    expect(split('matbarn'.slice(0, 6))).toEqual([]);
    expect(split('informationsteknik')).toEqual([]);
    expect(split('samhälle')).toEqual([]);
  });

  it('keeps the known head and the s-linked modifier of a partly unknown compound', () => {
    expect(split('samhällsxyzning')).toEqual([stem('samhälle', 'sv')]);
    expect(split('xyzfattigdom')).toEqual([stem('fattigdom', 'sv')]);
    expect(split('samhällsxyzfattigdom')).toEqual([stem('samhälle', 'sv'), stem('fattigdom', 'sv')]);
  });

  it('does not take an unlinked known prefix for a part', () => {
    expect(split('barnxyzqw')).toEqual([]);
  });

  it('does not look for a head inside a word it knows', () => {
    const withVerb = createCompoundSplitter(['bygga', 'förebygga']);
    expect(withVerb('förebygga')).toEqual([]);
    expect(createCompoundSplitter(['bygga'])('förebygga')).toEqual([stem('bygga', 'sv')]);
  });
});
