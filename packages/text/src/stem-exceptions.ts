/**
 * English words the Porter stemmer conflates with an unrelated lexicon word, mapped to a stem of their
 * own: "important" and "imports" both become "import", "hospital" and "hospitality" "hospit",
 * "extremely" and "extremism" "extrem". In research texts these common words gave goals evidence they
 * never had (trade in every paper that calls something important). Each family gets one stem, so the
 * words still match their own inflections; the lexicon forms go through the same stemmer.
 */
const FAMILIES: ReadonlyArray<readonly [stem: string, words: string]> = [
  ['importan', 'important importantly importance unimportant'],
  [
    'communicat',
    'communication communications communicate communicated communicates communicating communicative',
  ],
  ['communis', 'communism communist communists'],
  ['hospital', 'hospital hospitals hospitalised hospitalized hospitalisation hospitalization'],
  ['extremis', 'extremism extremist extremists'],
  ['radical', 'radical radicals radically'],
  ['minorit', 'minority minorities'],
  ['marginalis', 'marginalised marginalized marginalisation marginalization marginality'],
  ['transition', 'transition transitions transitional transitioning'],
  ['conservativ', 'conservative conservatives conservatism'],
  ['productiv', 'productivity productive unproductive'],
  ['competen', 'competence competences competency competencies competent incompetent'],
  ['indicat', 'indicate indicates indicated indicating indication indications'],
  ['accountab', 'accountability accountable accountabilities unaccountable'],
  ['engine', 'engine engines'],
  ['natural', 'natural naturally'],
  ['institute', 'institute institutes instituted'],
  ['construction', 'construction constructions'],
  ['disparate', 'disparate'],
  ['materialis', 'materialism materialist materialistic'],
  ['vegetable', 'vegetable vegetables'],
  ['connectiv', 'connectivity'],
  // "access" is in every text on services; only "accessible" / "accessibility" name disability access.
  ['accessib', 'accessible accessibility inaccessible'],
  // Development aid is not HIV/AIDS.
  ['aids', 'aids'],
  // Mobile phones are not mobility (public transport).
  ['mobile', 'mobile mobiles'],
  // Urban renewal and renewed interest are not renewable energy.
  ['renewab', 'renewable renewables'],
  // A policy package is not packaging waste.
  ['packaging', 'packaging'],
];

/** Surface word -> its own stem, for the English words listed above. */
export const ENGLISH_STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map(
  FAMILIES.flatMap(([stem, words]) => words.split(' ').map((word) => [word, stem] as const)),
);

/**
 * Swedish words Snowball conflates with an unrelated lexicon word: to borrow ("låna", "lånar") is not a
 * loan ("lån", financial services under goal 8), and lending libraries, tool pools and book swaps
 * borrow all the time.
 */
const SWEDISH_FAMILIES: ReadonlyArray<readonly [stem: string, words: string]> = [
  ['låna', 'låna lånar lånas lånade lånat lånades lånande utlånande'],
];

/** Surface word -> its own stem, for the Swedish words listed above. */
export const SWEDISH_STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map(
  SWEDISH_FAMILIES.flatMap(([stem, words]) => words.split(' ').map((word) => [word, stem] as const)),
);
