import type { GoalLexicon } from './types';

// Written for this project: the field vocabulary research abstracts and reports use when they work on
// a goal's subject without naming it in policy words ("learners" and "pedagogy" for education,
// "ice cores" and "atmospheric carbon" for climate). Weight 1 or 2 only: supportive context that lets
// a goal reach its threshold when a text is about its subject, never a tag on its own from one word.
// Listed per goal after the hand-written policy vocabulary (see index.ts).

const domain = (goal: number, entries: GoalLexicon['entries']): GoalLexicon => ({ goal, entries });

export const DOMAIN_LEXICON: readonly GoalLexicon[] = [
  domain(1, [
    [
      'domain-deprivation',
      1,
      'living standards|material deprivation|low-income households|income poverty|slum|slums|informal settlements',
      'levnadsstandard|materiell fattigdom|låginkomsthushåll|inkomstfattigdom|slum|slumområden|informella bosättningar',
    ],
  ]),
  domain(2, [
    [
      'domain-crops',
      1,
      'crop|crops|farmers|farm|farms|agronomy|soil fertility|irrigation|livestock|harvest|yield|yields|fertiliser|fertilizer|seeds',
      'gröda|grödor|bönder|lantbrukare|gård|gårdar|agronomi|markens bördighet|bevattning|boskap|skörd|avkastning|gödsel|gödselmedel|utsäde',
    ],
  ]),
  domain(3, [
    [
      'domain-clinical',
      1,
      'clinical|clinician|clinicians|patients|diagnosis|diagnostic|therapy|therapeutic|treatment|symptoms|syndrome|disorder|disorders|medical|medicine|nursing|nurses|trial|trials|cohort',
      'klinisk|kliniker|patienter|diagnos|diagnostik|terapi|terapeutisk|behandling|symtom|syndrom|störning|störningar|medicinsk|medicin|omvårdnad|sjuksköterskor|studie|kohort',
    ],
    [
      'domain-biomedical',
      1,
      'brain|neurological|neuron|neurons|cells|tissue|tumour|tumor|infection|infections|immune|virus|bacteria|pathogen|dementia|stroke|wellbeing|well-being|palliative|carers',
      'hjärna|neurologisk|neuron|celler|vävnad|tumör|infektion|infektioner|immun|virus|bakterier|patogen|demens|stroke|välbefinnande|palliativ|anhörigvårdare',
    ],
  ]),
  domain(4, [
    [
      'domain-learning',
      2,
      'learner|learners|pedagogy|pedagogical|teaching and learning|distance learning|distance education|online learning|e-learning|open educational resources|mooc|moocs|courses|tutor|tutors|tuition|undergraduate|undergraduates|postgraduate|higher education|literacy|numeracy|language learning',
      'elev|elever|pedagogik|pedagogisk|undervisning och lärande|distansundervisning|distansutbildning|nätbaserat lärande|e-lärande|öppna lärresurser|kurser|handledare|studier|grundutbildning|forskarutbildning|högre utbildning|läskunnighet|räknefärdighet|språkinlärning',
      '4.3',
    ],
  ]),
  domain(5, [
    [
      'domain-gender',
      1,
      'gender|gendered|femininity|masculinity|women|girls|mothers|motherhood|feminist|feminism|patriarchy',
      'genus|könsroller|kvinnlighet|manlighet|kvinnor|flickor|mödrar|moderskap|feministisk|feminism|patriarkat',
    ],
  ]),
  domain(6, [
    [
      'domain-hydrology',
      1,
      'hydrology|hydrological|catchment|catchments|river|rivers|watershed|lakes|streams|water quality|water samples|pore water',
      'hydrologi|hydrologisk|avrinningsområde|avrinningsområden|flod|älv|vattendrag|sjöar|bäckar|vattenkvalitet|vattenprover|porvatten',
    ],
  ]),
  domain(7, [
    [
      'domain-energy-systems',
      1,
      'power|power plants|grid|fuel|fuels|heating|energy systems|energy use|geothermal|turbines|photovoltaic',
      'kraft|kraftverk|elnät|bränsle|bränslen|uppvärmning|energisystem|energianvändning|geotermisk|turbiner|solceller',
    ],
  ]),
  domain(8, [
    [
      'domain-firms',
      1,
      'firms|firm|companies|enterprises|business|businesses|entrepreneurial|competitiveness|competitive advantage|productivity|employees|employers|workforce|workplace|labour|labor|wages|investors|investment|markets|market economy|economic performance',
      'företag|bolag|näringsliv|entreprenöriell|konkurrenskraft|konkurrensfördel|produktivitet|anställda|arbetsgivare|arbetskraft|arbetsplats|löner|investerare|investering|marknader|marknadsekonomi|ekonomisk utveckling',
    ],
  ]),
  domain(9, [
    [
      'domain-technology',
      1,
      'technology|technologies|technological|engineering|software|digital|internet|broadband|information technology|ict|innovation|innovative|manufacturing|industrial|industry|research and development|r&d|infrastructure|blockchain|artificial intelligence|machine learning|data infrastructure',
      'teknik|teknologi|teknologisk|ingenjörsvetenskap|mjukvara|digital|internet|bredband|informationsteknik|ikt|innovation|innovativ|tillverkning|industriell|industri|forskning och utveckling|infrastruktur|blockkedja|artificiell intelligens|maskininlärning|datainfrastruktur',
    ],
  ]),
  domain(10, [
    [
      'domain-exclusion',
      1,
      'marginalised|marginalized|marginalisation|social class|working class|ethnicity|race|racial|racism|sexuality|gay|lesbian|same-sex|lgbtq|minorities|disabled people|disability|stigma|equity|unequal|social mobility|exclusion|inclusion|segregation',
      'marginaliserad|marginalisering|samhällsklass|arbetarklass|etnicitet|ras|rasism|sexualitet|homosexuell|lesbisk|samkönad|hbtq|minoriteter|personer med funktionsnedsättning|funktionsnedsättning|stigma|jämlikhet|ojämlik|social rörlighet|utanförskap|inkludering|segregation',
    ],
  ]),
  domain(11, [
    [
      'domain-urban',
      1,
      'urban|city|cities|neighbourhood|neighborhood|municipal|metropolitan|town|towns|housing|planning|cultural heritage|heritage|public space|air quality|volcano|volcanic|eruption|earthquake|landslide|natural hazard|hazards',
      'urban|stad|städer|stadsdel|kommunal|storstad|tätort|bostäder|planering|kulturarv|offentliga rum|luftkvalitet|vulkan|vulkanisk|vulkanutbrott|jordbävning|jordskred|naturolycka|naturrisker',
    ],
  ]),
  domain(12, [
    [
      'domain-consumption',
      1,
      'consumption|consumers|consumer|consumer behaviour|fashion|clothing|textiles|supply chain|supply chains|corporate|corporations|greening|green economy|ethical consumption|sustainability reporting|food miles|packaging|materials|resource use',
      'konsumtion|konsumenter|konsument|konsumentbeteende|mode|kläder|textilier|leverantörskedja|leverantörskedjor|företags|storföretag|grön omställning|grön ekonomi|etisk konsumtion|hållbarhetsredovisning|förpackningar|material|resursanvändning',
    ],
  ]),
  domain(13, [
    [
      'domain-climate-science',
      1,
      'temperature|temperatures|atmosphere|atmospheric|carbon|carbon cycle|weather|warming|heat|ice|ice core|ice cores|ice sheet|glacier|glaciers|permafrost|palaeoclimate|paleoclimate|precipitation|monsoon|earth system|climate model|climate models|sea ice',
      'temperatur|temperaturer|atmosfär|atmosfärisk|kol|kolcykel|väder|uppvärmning|värme|is|iskärna|iskärnor|istäcke|glaciär|glaciärer|permafrost|paleoklimat|nederbörd|monsun|jordsystem|klimatmodell|klimatmodeller|havsis',
    ],
  ]),
  domain(14, [
    [
      'domain-marine-science',
      1,
      'marine|ocean|oceans|sea|seas|coastal|coast|seawater|seafloor|plankton|coral|reef|fish|fisheries',
      'marin|hav|haven|kust|kustnära|havsvatten|havsbotten|plankton|korall|rev|fisk|fiske',
    ],
  ]),
  domain(15, [
    [
      'domain-ecology',
      1,
      'vegetation|plants|plant species|species|ecology|ecological|ecosystem|habitat|soil|soils|peatland|peatlands|wetland|wetlands|forest|woodland|grassland|wildlife|nature|microbial',
      'vegetation|växter|växtarter|arter|ekologi|ekologisk|ekosystem|livsmiljö|mark|jord|torvmark|våtmark|våtmarker|skog|skogsmark|gräsmark|vilda djur|natur|mikrobiell',
    ],
  ]),
  domain(16, [
    [
      'domain-politics-law',
      1,
      'political|politics|politicians|state|states|law|laws|legal|legislation|court|courts|judicial|criminal|crime|offenders|prison|prisons|policing|security|military|war|conflict|terrorism|surveillance|authoritarian|democracy|democratic|citizenship|civil rights|ethics|ethical',
      'politisk|politik|politiker|staten|stater|lag|lagar|rättslig|lagstiftning|domstol|domstolar|juridisk|kriminell|brott|brottslingar|fängelse|fängelser|polisarbete|säkerhet|militär|krig|konflikt|terrorism|övervakning|auktoritär|demokrati|demokratisk|medborgarskap|medborgerliga rättigheter|etik|etisk',
    ],
  ]),
  domain(17, [
    [
      'domain-global-cooperation',
      1,
      'international development|development cooperation|global south|developing countries|donors|aid|partnerships|partners|collaboration|transnational|international organisations|international organizations|capacity building|knowledge sharing|public engagement|citizen science',
      'internationellt utvecklingssamarbete|utvecklingssamarbete|globala syd|utvecklingsländer|givare|bistånd|partnerskap|partner|samverkan|transnationell|internationella organisationer|kapacitetsuppbyggnad|kunskapsdelning|allmänhetens engagemang|medborgarforskning',
    ],
  ]),
];
