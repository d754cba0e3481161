import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyze-document';
import { SDG_LEXICON } from './sdg-lexicon';
import { analyzeForSdgs, createSdgTagger, SDG_COUNT, tagSdgs } from './sdg-tagger';

const topGoal = (text: string) => tagSdgs(text).tags[0]?.goal;

describe('tagSdgs', () => {
  it('tags English texts with the goal they address and names the evidence', () => {
    const result = tagSdgs(
      'Build latrines and handwashing stations so low-income neighbourhoods get safe sanitation.',
    );
    expect(result.tags[0]?.goal).toBe(6);
    expect(result.tags[0]?.evidence).toEqual(expect.arrayContaining(['sanitation']));
    expect(result.targets.some((t) => t.target === '6.2')).toBe(true);
  });

  it('works as well on Swedish texts, compounds included', () => {
    expect(
      topGoal('Vi vill minska barnfattigdomen genom försörjningsstöd och ekonomiskt bistånd till familjer.'),
    ).toBe(1);
    expect(topGoal('Fler elever ska klara grundskolan med läxhjälp och bättre lärarutbildning.')).toBe(4);
    expect(
      topGoal('Minska utsläppen av växthusgaser och ställ om till fossilfria transporter för klimatet.'),
    ).toBe(13);
    expect(
      topGoal('Mäns våld mot kvinnor och hedersrelaterat våld måste förebyggas; jämställdhet i arbetslivet.'),
    ).toBe(5);
  });

  it('tags every goal a short text names strongly, as no mention in it is in passing', () => {
    expect(
      tagSdgs('End poverty and hunger')
        .tags.map((tag) => tag.goal)
        .sort(),
    ).toEqual([1, 2]);
    expect(tagSdgs('Fler kvinnor som startar och driver sociala företag').tags.map((t) => t.goal)).toContain(
      5,
    );
    // The same goal named once next to a long text about another is still a passing mention.
    const long = `${'Clean drinking water, wells, sanitation and toilets for every village. '.repeat(4)}Less hunger.`;
    expect(tagSdgs(long).tags.map((tag) => tag.goal)).toEqual([6]);
  });

  it('reads a word or two whose language cannot be told in the language that finds the goal', () => {
    expect(tagSdgs('fattigdom').tags.map((tag) => tag.goal)).toEqual([1]);
    expect(analyzeForSdgs('fattigdom').lang).toBe('sv');
    expect(tagSdgs('hunger').tags.map((tag) => tag.goal)).toEqual([2]);
    expect(analyzeForSdgs('qwerty').lang).toBe('unknown');
    // A language given is kept.
    expect(tagSdgs('fattigdom', 'en').tags).toEqual([]);
  });

  it('gives 17 scores in [0,1] and tags only goals above the threshold', () => {
    const strict = createSdgTagger({ threshold: 0.99 }).tag(
      'Solar panels bring electricity to rural clinics.',
    );
    expect(strict.scores).toHaveLength(SDG_COUNT);
    for (const score of strict.scores) expect(score).toBeGreaterThanOrEqual(0);
    for (const score of strict.scores) expect(score).toBeLessThanOrEqual(1);
    expect(strict.tags).toEqual([]);
    expect(tagSdgs('Solar panels bring electricity to rural clinics.').tags.map((t) => t.goal)).toContain(7);
  });

  it('does not tag a goal that is only mentioned in passing next to the main topic', () => {
    const english = tagSdgs(
      'The district clinic treats malaria, tuberculosis and diabetes, and trains nurses and midwives ' +
        'to follow up patients at home. Vaccination campaigns reach remote villages. Staff also give advice on diet.',
    );
    expect(english.tags.map((t) => t.goal)).toContain(3);
    expect(english.tags.map((t) => t.goal)).not.toContain(2);
    expect(english.scores[1]).toBeGreaterThan(0);
    const bridge =
      'Den gamla bron över älven klarar inte tunga fordon och ersätts av en ny bro med cykelbana. ' +
      'Trafikverket bygger också ut järnvägen och bredbandet i industriområdet. Bygget ger ett hundratal arbetstillfällen.';
    const swedish = tagSdgs(bridge);
    expect(swedish.tags.map((t) => t.goal)).toEqual([9]);
    // Without the dominance rule the passing mentions of the river (6) and the jobs (8) are tagged too.
    expect(
      createSdgTagger({ dominance: 0, threshold: 0.2 })
        .tag(bridge)
        .tags.map((t) => t.goal),
    ).toEqual([9, 6, 8]);
  });

  it('tags a secondary topic the text comes back to, not a goal named once next to the main one', () => {
    const secondary = createSdgTagger({ threshold: 0.1, dominance: 0.7, secondaryShare: 0.3 });
    const clinic =
      'Malaria och tuberkulos behandlas på distriktets klinik, barnen vaccineras och sjuksköterskor följer ' +
      'upp patienterna i hemmet. Kliniken har också fått solceller på taket.';
    expect(secondary.tag(clinic).tags.map((t) => t.goal)).toEqual([3]);
    // The same share without asking for a second mention tags the solar panels (goal 7).
    expect(
      createSdgTagger({ threshold: 0.1, dominance: 0.3 })
        .tag(clinic)
        .tags.map((t) => t.goal),
    ).toEqual([3, 7]);
    const twice = secondary.tag(
      'A study of teachers and pupils in primary schools, their curriculum and classroom teaching, ' +
        'and of how gender stereotypes in textbooks shape what girls expect; gender equality in teaching.',
    );
    expect(twice.tags.map((t) => t.goal)).toEqual([4, 5]);
    expect(twice.mentions?.[4]).toBeGreaterThanOrEqual(2);
  });

  it('names the targets each tag matched and the words behind them', () => {
    const [tag] = tagSdgs(
      'Build latrines and handwashing stations so low-income neighbourhoods get safe sanitation.',
    ).tags;
    const sanitation = tag?.targets?.find((t) => t.target === '6.2');
    expect(sanitation?.evidence).toEqual(expect.arrayContaining(['sanitation']));
    for (const target of tag?.targets ?? []) expect(target.target.startsWith('6.')).toBe(true);
  });

  it('names the target a concept belongs to, not just one target of its goal', () => {
    const targetsOf = (text: string) => tagSdgs(text).tags[0]?.targets?.map((t) => t.target);
    expect(
      targetsOf('Debt relief so that developing countries reach long-term debt sustainability.'),
    ).toEqual(['17.4']);
    expect(targetsOf('Skuldlättnad och skuldomstrukturering för de fattigaste länderna.')).toEqual(['17.4']);
    expect(
      targetsOf(
        'Exports of the least developed countries should double, with duty-free and quota-free market access.',
      ),
    ).toEqual(['17.12', '17.11']);
  });

  it('decides per goal with the calibrated settings, or with per-goal settings given', () => {
    const text = 'Solar panels bring electricity to rural clinics.';
    expect(tagSdgs(text).strength).toHaveLength(SDG_COUNT);
    const strictOnEnergy = new Array(SDG_COUNT).fill(0.01);
    strictOnEnergy[6] = 0.99;
    const goals = createSdgTagger({ threshold: strictOnEnergy, dominance: 0 })
      .tag(text)
      .tags.map((t) => t.goal);
    expect(goals).not.toContain(7);
    expect(goals.length).toBeGreaterThan(0);
  });

  it('knows the Swedish policy terms of the targets, inflected and compounded', () => {
    expect(
      topGoal(
        'Kommunen ser över översiktsplanen och detaljplanerna för att styra markanvändningen och förtätningen.',
      ),
    ).toBe(11);
    expect(topGoal('Frihandelsavtalen sänker tullavgifterna för de minst utvecklade länderna.')).toBe(17);
    expect(
      topGoal('Företagens samhällsansvar och hållbarhetsrapporteringen granskas enligt ESG-kriterier.'),
    ).toBe(12);
    expect(
      topGoal(
        'Skyfall och jordskred blir vanligare; vi bygger varningssystem och stärker anpassningsförmågan.',
      ),
    ).toBe(13);
  });

  it('reads Swedish definite forms the stemmer keeps apart (vatten / vattnet, handel / handeln)', () => {
    expect(topGoal('Grundvattnet sjunker och dricksvattnet måste ransoneras i sommar.')).toBe(6);
    expect(topGoal('Bussarna går för sällan för att man ska kunna pendla mellan byarna.')).toBe(11);
    expect(topGoal('Människohandeln och misshandeln i lägren måste stoppas.')).toBe(16);
    expect(topGoal('Handeln med de minst utvecklade länderna växer.')).toBe(17);
  });

  it('reads Swedish compounds with an unknown part by their known head', () => {
    expect(topGoal('Mikroplasterna från konstgräsplaner hamnar i havet och i fiskarna.')).toBe(14);
    expect(topGoal('Skogsbrandsrisken ökar när skogarna blir torrare.')).toBe(15);
  });

  it('does not count a compound word twice through its parts', () => {
    const whole = tagSdgs('Bygget ger ett hundratal arbetstillfällen.');
    const concepts = analyzeDocument({ body: 'Bygget ger ett hundratal arbetstillfällen.' }).concepts.map(
      (c) => c.id,
    );
    expect(concepts).toContain('employment');
    expect(concepts).not.toContain('decent-work');
    expect(whole.tags[0]?.goal).toBe(8);
    expect(whole.tags[0]?.evidence).toEqual(['arbetstillfällen']);
  });

  it('reads the field vocabulary of research texts as support for a goal', () => {
    const abstract =
      'Learners on distance education courses: a study of pedagogy and tutor feedback with undergraduates.';
    expect(topGoal(abstract)).toBe(4);
    expect(
      topGoal('Elever i distansutbildning: en studie av pedagogik och handledare i grundutbildningen.'),
    ).toBe(4);
  });

  it('counts a phrase or a Swedish compound as more specific than a single word', () => {
    const all = createSdgTagger({ threshold: 0, dominance: 0 });
    const phrase = all.tag('child poverty', 'en').strength?.[0] ?? 0;
    const word = all.tag('poverty', 'en').strength?.[0] ?? 0;
    expect(phrase).toBeGreaterThan(word);
    expect(all.tag('barnfattigdom', 'sv').strength?.[0]).toBeGreaterThan(
      all.tag('fattigdom', 'sv').strength?.[0] ?? 0,
    );
  });

  it('tags a secondary goal the text names directly and repeatedly, not one named in passing', () => {
    const text =
      'Schools, teachers and pupils: a study of curriculum, literacy, classroom teaching, pedagogy and ' +
      'learners in primary schools and higher education, with inclusive education for disabled students ' +
      'and persons with disabilities.';
    const goals = (strongEvidence: number) =>
      createSdgTagger({ threshold: 0.3, strongEvidence })
        .tag(text)
        .tags.map((t) => t.goal);
    expect(goals(Number.POSITIVE_INFINITY)).toEqual([4]);
    expect(goals(5)).toEqual([4, 10]);
    expect(goals(20)).toEqual([4]);
  });

  it('knows the names goals go by in research: sexual minorities, racialisation, alliances, diplomacy', () => {
    expect(
      topGoal('Homophobia and transphobia: HIV testing campaigns for gay men and transgender people.'),
    ).toBe(10);
    expect(topGoal('Homofobi och transfobi: hiv-testning för homosexuella män och transpersoner.')).toBe(10);
    expect(topGoal('Racialised workers and postcolonial migration: colonialism in the welfare state.')).toBe(
      10,
    );
    expect(
      topGoal('Strategic alliances, joint ventures and consortia between firms in bilateral diplomacy.'),
    ).toBe(17);
    expect(topGoal('Strategiska allianser, samriskföretag och konsortier i bilateral diplomati.')).toBe(17);
  });

  it('gets no evidence from common words that only stem like a lexicon word', () => {
    const all = createSdgTagger({ threshold: 0, dominance: 0 });
    const text = 'It is important to study how the communication of results shapes practice.';
    expect(all.tag(text).strength?.[16]).toBe(0);
    expect(all.tag(text).strength?.[10]).toBe(0);
  });

  it('has Swedish forms for every concept it has English forms for', () => {
    for (const { goal, entries } of SDG_LEXICON) {
      for (const [id, , en, sv] of entries) {
        expect(`${goal} ${id} ${sv.trim().length > 0}`).toBe(`${goal} ${id} ${en.trim().length > 0}`);
      }
    }
  });

  it('accepts a stored analysed document', () => {
    const doc = analyzeDocument({ title: 'Ocean plastic', body: 'Stop marine debris reaching coral reefs.' });
    expect(tagSdgs(doc).tags[0]?.goal).toBe(14);
  });

  describe('bad input gives no tags and zero scores', () => {
    const cases: Array<[string, string]> = [
      ['empty text', ''],
      ['only stop words', 'the of and to is'],
      ['emoji', '🌍💧🔥'],
      ['unpaired surrogates', '\uD800\uDC00\uDFFF\uD83D'],
      ['mixed scripts without lexicon words', 'Привет 你好 مرحبا'],
    ];
    it.each(cases)('%s', (_name, text) => {
      const result = tagSdgs(text);
      expect(result.tags).toEqual([]);
      expect(result.targets).toEqual([]);
      expect(result.scores).toEqual(new Array(SDG_COUNT).fill(0));
    });

    it('handles 1 MB of text', () => {
      const result = tagSdgs('Clean drinking water and sanitation for all. '.repeat(25_000));
      expect(result.tags[0]?.goal).toBe(6);
    });

    it('treats malformed analysis objects as empty', () => {
      expect(tagSdgs({} as never).tags).toEqual([]);
    });
  });
});
