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
      'gender|gendered|femininity|masculinity|women|girls|mothers|motherhood|feminist|feminism|patriarchy|fathers|fatherhood|paternity|parental leave|housewives|housewife|stalking|cyberstalking|online harassment|gender identity|masculinities',
      'genus|könsroller|kvinnlighet|manlighet|kvinnor|flickor|mödrar|moderskap|feministisk|feminism|patriarkat|pappor|faderskap|föräldraledighet|hemmafru|hemmafruar|förföljelse|nätförföljelse|näthat|könsidentitet|maskuliniteter',
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
      'firms|firm|companies|enterprises|business|businesses|entrepreneurial|competitiveness|competitive advantage|productivity|employees|employers|workforce|workplace|labour|labor|wages|investors|investment|markets|market economy|economic performance|occupational|occupation|occupations|career|careers|human resource management|organisational performance|organizational performance|performance measurement|benchmarking|return to work|retail|e-commerce',
      'företag|bolag|näringsliv|entreprenöriell|konkurrenskraft|konkurrensfördel|produktivitet|anställda|arbetsgivare|arbetskraft|arbetsplats|löner|investerare|investering|marknader|marknadsekonomi|ekonomisk utveckling|yrke|yrken|karriär|karriärer|personalarbete|organisatorisk prestation|prestationsmätning|benchmarking|återgång i arbete|detaljhandel|e-handel',
    ],
  ]),
  domain(9, [
    [
      'domain-technology',
      1,
      'technology|technologies|technological|engineering|software|digital|internet|broadband|information technology|ict|innovation|innovative|manufacturing|industrial|industry|research and development|r&d|infrastructure|blockchain|artificial intelligence|machine learning|data infrastructure|product design|design process|design processes|design engineering|designers|design policy|airline|airlines|aviation|air transport|information systems|enterprise resource planning|biofuel|biofuels|bioethanol|biorefinery',
      'teknik|teknologi|teknologisk|ingenjörsvetenskap|mjukvara|digital|internet|bredband|informationsteknik|ikt|innovation|innovativ|tillverkning|industriell|industri|forskning och utveckling|infrastruktur|blockkedja|artificiell intelligens|maskininlärning|datainfrastruktur|produktdesign|designprocess|designprocesser|designer|designpolitik|flygbolag|luftfart|flygtransport|informationssystem|affärssystem|biobränsle|biobränslen|bioetanol|bioraffinaderi',
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
      'urban|city|cities|neighbourhood|neighborhood|municipal|metropolitan|town|towns|housing|planning|cultural heritage|heritage|public space|air quality|volcano|volcanic|eruption|earthquake|landslide|natural hazard|hazards|anti-social behaviour|antisocial behaviour|anti-social behavior|community safety|urban regeneration|regeneration|gentrification|property values',
      'urban|stad|städer|stadsdel|kommunal|storstad|tätort|bostäder|planering|kulturarv|offentliga rum|luftkvalitet|vulkan|vulkanisk|vulkanutbrott|jordbävning|jordskred|naturolycka|naturrisker|ordningsstörningar|trygghet i närmiljön|stadsförnyelse|gentrifiering|fastighetsvärden',
    ],
  ]),
  domain(12, [
    [
      'domain-consumption',
      1,
      'consumption|consumers|consumer|consumer behaviour|fashion|clothing|textiles|supply chain|supply chains|corporate|corporations|greening|green economy|ethical consumption|sustainability reporting|food miles|packaging|materials|resource use|alternative food networks|farmers markets|farmers market|local food|food networks|short supply chains|environmental management|environmental performance|environmental impacts|corporate environmental|eco-efficiency|genetically modified|gm food',
      'konsumtion|konsumenter|konsument|konsumentbeteende|mode|kläder|textilier|leverantörskedja|leverantörskedjor|företags|storföretag|grön omställning|grön ekonomi|etisk konsumtion|hållbarhetsredovisning|förpackningar|material|resursanvändning|alternativa livsmedelsnätverk|bondens marknad|lokal mat|närproducerad mat|korta leverantörskedjor|miljöledning|miljöprestanda|miljöpåverkan|företagens miljöarbete|ekoeffektivitet|genmodifierad|genmodifierade livsmedel',
    ],
  ]),
  domain(13, [
    [
      'domain-climate-science',
      1,
      'temperature|temperatures|atmosphere|atmospheric|carbon|carbon cycle|weather|warming|heat|ice|ice core|ice cores|ice sheet|glacier|glaciers|permafrost|palaeoclimate|paleoclimate|precipitation|monsoon|earth system|climate model|climate models|sea ice|peatland|peatlands|peat|organic carbon|dissolved organic carbon|carbon storage|carbon sink|carbon sinks|carbon sequestration|soil carbon|methane|volcano|volcanic|eruption|natural hazards|sustainable energy|energy transition|decarbonisation|decarbonization',
      'temperatur|temperaturer|atmosfär|atmosfärisk|kol|kolcykel|väder|uppvärmning|värme|is|iskärna|iskärnor|istäcke|glaciär|glaciärer|permafrost|paleoklimat|nederbörd|monsun|jordsystem|klimatmodell|klimatmodeller|havsis|torvmark|torvmarker|torv|organiskt kol|löst organiskt kol|kollager|kolsänka|kolsänkor|kolinlagring|markkol|metan|vulkan|vulkanisk|vulkanutbrott|naturrisker|hållbar energi|energiomställning|avkarbonisering',
    ],
  ]),
  domain(14, [
    [
      'domain-marine-science',
      1,
      'marine|ocean|oceans|sea|seas|coastal|coast|seawater|seafloor|plankton|coral|reef|fish|fisheries|estuary|estuaries|estuarine|salt marsh|tides|tidal|river discharge|dissolved load',
      'marin|hav|haven|kust|kustnära|havsvatten|havsbotten|plankton|korall|rev|fisk|fiske|flodmynning|flodmynningar|saltäng|tidvatten|flodutflöde',
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
      'political|politics|politicians|state|states|law|laws|legal|legislation|court|courts|judicial|criminal|crime|offenders|prison|prisons|policing|security|military|war|conflict|terrorism|surveillance|authoritarian|democracy|democratic|citizenship|civil rights|ethics|ethical|eyewitness|eyewitnesses|lineup|lineups|forensic|forensics|police|hostile environment|public administration|government agencies|public sector',
      'politisk|politik|politiker|staten|stater|lag|lagar|rättslig|lagstiftning|domstol|domstolar|juridisk|kriminell|brott|brottslingar|fängelse|fängelser|polisarbete|säkerhet|militär|krig|konflikt|terrorism|övervakning|auktoritär|demokrati|demokratisk|medborgarskap|medborgerliga rättigheter|etik|etisk|ögonvittne|ögonvittnen|vittneskonfrontation|forensisk|kriminalteknisk|polis|polisen|fientlig miljö|offentlig förvaltning|myndigheter|offentlig sektor',
    ],
  ]),
  domain(17, [
    [
      'domain-global-cooperation',
      1,
      'international development|development cooperation|global south|developing countries|donors|aid|partnerships|partners|collaboration|transnational|international organisations|international organizations|capacity building|knowledge sharing|public engagement|citizen science|policy-makers|policymakers|policy makers|policy-making|policymaking|co-production|co-producing|co-produced|participatory research|knowledge exchange|stakeholder engagement|impact investing|foreign investment',
      'internationellt utvecklingssamarbete|utvecklingssamarbete|globala syd|utvecklingsländer|givare|bistånd|partnerskap|partner|samverkan|transnationell|internationella organisationer|kapacitetsuppbyggnad|kunskapsdelning|allmänhetens engagemang|medborgarforskning|beslutsfattare|policyskapande|samproduktion|samproducerad|deltagande forskning|kunskapsutbyte|intressentdialog|påverkansinvesteringar|utländska investeringar',
    ],
  ]),
];
