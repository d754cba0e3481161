import type { GoalLexicon } from './types';

export const goal13: GoalLexicon = {
  goal: 13,
  entries: [
    [
      'climate-change',
      3,
      'climate change|climate|global warming|climate crisis|climate action|climate policy|climate impact|climate-related|unfccc|paris agreement|green climate fund|climate finance',
      'klimatförändring|klimatförändringar|klimat|global uppvärmning|klimatkris|klimatarbete|klimatpolitik|klimatpåverkan|parisavtalet|klimatfinansiering',
      '13.2',
    ],
    [
      'emissions',
      3,
      'greenhouse gas|greenhouse gases|emissions|carbon dioxide|co2|carbon emissions|carbon footprint|low carbon|low-carbon|net zero|decarbonisation|decarbonization|fossil fuels|fossil|methane',
      'växthusgaser|växthusgas|utsläpp|koldioxid|koldioxidutsläpp|klimatavtryck|fossilfri|fossila bränslen|fossil|metan|klimatneutral|nettonoll',
      '13.2',
    ],
    [
      'adaptation',
      3,
      'adaptation|climate adaptation|adaptive capacity|climate resilience|climate-related hazards|extreme weather|heatwave|heat waves|drought|droughts|sea level rise|early warning|climate risk',
      'klimatanpassning|anpassning|klimatrisker|extremväder|värmebölja|torka|havsnivåhöjning|tidig varning',
      '13.1',
    ],
    // Disasters are a climate-adaptation matter as much as an urban one (goal 11 holds the full entry).
    [
      'disaster-risk',
      2,
      'disaster|disasters|disaster risk|disaster risk reduction|natural hazards|floods|flood',
      'katastrof|katastrofer|katastrofrisk|översvämning',
      '13.1',
    ],
    [
      'climate-education',
      2,
      'climate education|climate awareness|mitigation|impact reduction|climate planning|climate-change-related planning',
      'klimatutbildning|klimatmedvetenhet|begränsning av utsläpp|klimatplanering|klimatomställning|omställning',
      '13.3',
    ],
  ],
};

export const goal14: GoalLexicon = {
  goal: 14,
  entries: [
    [
      'ocean',
      3,
      'ocean|oceans|sea|seas|marine|maritime|coastal|coast|coastline|seabed|offshore|law of the sea|unclos',
      'hav|haven|havet|marin|kust|kusten|kustområde|havsbotten|östersjön|västerhavet|havsrätt',
      '14.c',
    ],
    [
      'fisheries',
      3,
      'fisheries|fishery|fishing|fish|fish stocks|overfishing|fishers|fishermen|artisanal fishing|small-scale fishers|illegal fishing|unregulated fishing|fishing subsidies|aquaculture|seafood',
      'fiske|fisk|fiskbestånd|överfiske|fiskare|småskaligt fiske|illegalt fiske|fiskesubventioner|vattenbruk|fiskodling|skaldjur',
      '14.4',
    ],
    [
      'marine-pollution',
      3,
      'marine pollution|marine debris|ocean plastic|plastic in the ocean|nutrient pollution|eutrophication|oil spill|land-based activities pollution',
      'havsföroreningar|marint skräp|plast i havet|övergödning|oljeutsläpp',
      '14.1',
    ],
    [
      'ocean-acidification',
      3,
      'ocean acidification|acidification|acidity',
      'havsförsuring|försurning',
      '14.3',
    ],
    [
      'marine-ecosystems',
      3,
      'marine ecosystems|coastal ecosystems|coral|coral reefs|reef|mangroves|seagrass|marine protected areas|marine biodiversity|marine life|whales|marine resources|island states|small island developing states|sids',
      'marina ekosystem|korallrev|korall|rev|sjögräs|marina skyddsområden|marin mångfald|havsliv|valar|marina resurser|önationer',
      '14.2',
    ],
    [
      'marine-science',
      2,
      'marine research|marine technology|ocean science|ocean health',
      'havsforskning|marin teknik|havsmiljö',
      '14.a',
    ],
  ],
};

export const goal15: GoalLexicon = {
  goal: 15,
  entries: [
    [
      'forests',
      3,
      'forest|forests|forestry|deforestation|reforestation|afforestation|trees|tree planting|logging|sustainable forest management|woodland',
      'skog|skogar|skogsbruk|avskogning|återbeskogning|träd|trädplantering|avverkning|hållbart skogsbruk',
      '15.2',
    ],
    [
      'land-degradation',
      3,
      'desertification|land degradation|degraded land|soil degradation|soil|soils|erosion|land restoration|drylands|arid',
      'ökenspridning|markförstöring|utarmad mark|jordförstöring|mark|jordmån|erosion|markrestaurering',
      '15.3',
    ],
    [
      'biodiversity',
      3,
      'biodiversity|biological diversity|species|endangered species|threatened species|extinction|habitat|habitats|natural habitats|red list|pollinators|bees',
      'biologisk mångfald|artrikedom|arter|hotade arter|utrotning|livsmiljö|livsmiljöer|rödlistade|pollinatörer|bin',
      '15.5',
    ],
    [
      'terrestrial-ecosystems',
      3,
      'terrestrial ecosystems|ecosystem|ecosystems|ecosystem services|mountain ecosystems|mountains|inland freshwater ecosystems|nature|natural areas|protected areas|conservation|wilderness|rewilding',
      'landekosystem|ekosystem|ekosystemtjänster|fjäll|berg|natur|naturområden|naturreservat|skyddade områden|naturvård|bevarande',
      '15.1',
    ],
    [
      'wildlife',
      3,
      'wildlife|poaching|trafficking of protected species|wildlife trafficking|flora and fauna|animals|invasive species|invasive alien species|alien species',
      'vilda djur|djurliv|tjuvjakt|handel med skyddade arter|flora och fauna|djur|invasiva arter|främmande arter',
      '15.7',
    ],
    [
      'genetic-resources',
      2,
      'genetic resources|access and benefit-sharing|biodiversity values|biodiversity finance',
      'genetiska resurser|fördelning av nyttor|värdet av biologisk mångfald',
      '15.6',
    ],
  ],
};

export const goal16: GoalLexicon = {
  goal: 16,
  entries: [
    [
      'peace',
      3,
      'peace|peaceful|peacebuilding|conflict|conflicts|armed conflict|war|post-conflict|reconciliation|conflict-related deaths',
      'fred|fredlig|fredsbyggande|konflikt|konflikter|väpnad konflikt|krig|försoning',
      '16.1',
    ],
    [
      'violence',
      3,
      'violence|violent|homicide|murder|killings|assault|bullying|gangs|gang violence|torture|abuse|physical punishment|corporal punishment|aggression|exploitation|violence against children|child abuse',
      'våld|våldsbrott|mord|dödligt våld|misshandel|mobbning|gäng|gängkriminalitet|tortyr|övergrepp|utnyttjande|våld mot barn',
      '16.1',
    ],
    [
      'trafficking',
      3,
      'trafficking|human trafficking|trafficking in persons|sexual exploitation of children',
      'människohandel|trafficking|sexuell exploatering av barn',
      '16.2',
    ],
    [
      'justice',
      3,
      'justice|access to justice|rule of law|court|courts|legal aid|judicial|dispute|dispute resolution|prisoners|detention|pre-trial|prison|lawyers|legal',
      'rättvisa|tillgång till rättvisa|rättsstat|rättssäkerhet|domstol|domstolar|rättshjälp|fängelse|häkte|advokat|juridisk',
      '16.3',
    ],
    [
      'crime',
      3,
      'crime|criminal|organized crime|organised crime|illicit financial flows|illicit arms|arms trafficking|weapons|stolen assets|police|policing|safety|unsafe|feel safe',
      'brott|brottslighet|kriminalitet|organiserad brottslighet|illegala vapen|vapen|polis|trygghet|otrygghet|tryggt|brottsförebyggande',
      '16.4',
    ],
    [
      'corruption',
      3,
      'corruption|bribery|bribes|bribe|embezzlement|anti-corruption|fraud',
      'korruption|mutor|muta|mutbrott|förskingring|bedrägeri',
      '16.5',
    ],
    [
      'institutions',
      3,
      'institutions|accountable institutions|effective institutions|transparent|transparency|accountability|good governance|public administration|public institutions|government services|civil registration|legal identity|birth registration|identity documents',
      'institutioner|myndigheter|offentlig förvaltning|förvaltning|öppenhet|insyn|transparens|ansvarsskyldighet|styrning|folkbokföring|identitetshandlingar|legitimation',
      '16.6',
    ],
    // Government as such is everyone's context; only a weak hint that a text is about institutions.
    [
      'government',
      1,
      'government|governments|local government|public services|public authorities|parliament|parliaments',
      'regering|riksdag|kommunfullmäktige|offentliga tjänster|politiker',
      '16.6',
    ],
    [
      'participation-democracy',
      3,
      'democracy|democratic|elections|election|voting|vote|voters|voter|ballot|polling|polling station|electoral|participatory decision-making|civic participation|citizens|civic engagement|representative decision-making',
      'demokrati|demokratisk|allmänna val|valet|rösta|röstning|röstar|väljare|valdeltagande|vallokal|rösträtt|medborgare|medborgardeltagande|inflytande',
      '16.7',
    ],
    [
      'rights-freedoms',
      3,
      'human rights|fundamental freedoms|freedom of expression|freedom of speech|public access to information|journalists|press freedom|human rights defenders|non-discriminatory laws|terrorism|extremism|radicalisation',
      'mänskliga rättigheter|grundläggande friheter|yttrandefrihet|allmänhetens tillgång till information|journalister|pressfrihet|terrorism|extremism|radikalisering|våldsbejakande extremism',
      '16.10',
    ],
  ],
};

export const goal17: GoalLexicon = {
  goal: 17,
  entries: [
    [
      'partnership',
      3,
      'partnership|partnerships|global partnership|multi-stakeholder|public-private partnership|public-private|cross-sector collaboration|collaboration|cooperation|co-creation|stakeholders|coalition',
      'partnerskap|samverkan|samarbete|samskapande|offentlig-privat samverkan|aktörer|intressenter|koalition|sektorsövergripande',
      '17.17',
    ],
    [
      'development-finance',
      3,
      'official development assistance|development assistance|oda|development aid|aid|donor countries|development cooperation|foreign direct investment|investment promotion|financial resources for developing countries|mobilize resources|mobilise resources|financial resources|additional financial resources|funding for developing countries',
      'bistånd|utvecklingsbistånd|utvecklingssamarbete|givarländer|utländska direktinvesteringar|investeringar|finansiering',
      '17.2',
    ],
    [
      'tax-debt',
      3,
      'tax|taxes|tax revenue|tax collection|domestic resource mobilization|revenue collection|debt|debt sustainability|debt relief|debt restructuring|debt service|government revenue|budget',
      'skatt|skatter|skatteintäkter|skatteuppbörd|skuld|skulder|skuldlättnad|skuldsanering|statsbudget|budget',
      '17.1',
    ],
    [
      'technology-transfer',
      3,
      'technology transfer|technology bank|knowledge sharing|south-south|triangular cooperation|north-south|environmentally sound technologies transfer|capacity building|capacity-building|fixed internet broadband subscriptions',
      'tekniköverföring|kunskapsöverföring|kunskapsdelning|syd-syd-samarbete|kapacitetsuppbyggnad|kapacitetsutveckling',
      '17.6',
    ],
    [
      'trade',
      3,
      'trade|trading|exports|export|imports|tariff|tariffs|duty-free|quota-free|world trade organization|wto|multilateral trading system|market access|trade barriers',
      'handel|export|import|tullar|tullfri|världshandelsorganisationen|wto|handelshinder|marknadstillträde',
      '17.10',
    ],
    [
      'policy-coherence',
      2,
      'policy coherence|macroeconomic stability|policy space|global governance|leadership of countries|country ownership',
      'samstämmighet i politiken|makroekonomisk stabilitet|politiskt utrymme|global styrning',
      '17.14',
    ],
    [
      'data-statistics',
      3,
      'statistics|statistical|statistical capacity|data|data collection|disaggregated data|census|national statistical|indicators|monitoring|measurement',
      'statistik|statistisk|datainsamling|data|öppna data|folkräkning|indikatorer|uppföljning|mätning',
      '17.18',
    ],
    [
      'civil-society',
      2,
      'civil society|non-profit|nonprofit|ngo|ngos|philanthropy|foundations|volunteer organisations',
      'civilsamhälle|civilsamhället|ideell|ideella organisationer|idéburen|stiftelse|stiftelser|föreningsliv',
      '17.17',
    ],
  ],
};
