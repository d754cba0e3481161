import type { GoalLexicon } from './types';

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
      'violence|violent|homicide|murder|killings|assault|bullying|gangs|gang violence|torture|abuse|physical punishment|corporal punishment|aggression|exploitation|violence against children|child abuse|armed violence|terrorism|violent extremism|radicalisation|radicalization',
      'våld|våldsbrott|mord|dödligt våld|misshandel|mobbning|gäng|gängkriminalitet|tortyr|övergrepp|utnyttjande|våld mot barn|väpnat våld|terrorism|våldsbejakande extremism|radikalisering',
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
      'justice|access to justice|rule of law|court|courts|legal aid|judicial|dispute|dispute resolution|prisoners|detention|pre-trial|prison|lawyers|legal|impunity|ombudsman|human rights institutions',
      'rättvisa|tillgång till rättvisa|rättsstat|rättssäkerhet|domstol|domstolar|rättshjälp|fängelse|häkte|advokat|juridisk|straffrihet|ombudsman|justitieombudsman',
      '16.3',
    ],
    [
      'crime',
      3,
      'crime|criminal|organized crime|organised crime|illicit financial flows|illicit arms|arms trafficking|weapons|stolen assets|police|policing|unsafe|feel safe',
      'brott|brottslighet|kriminalitet|organiserad brottslighet|illegala vapen|vapen|polis|otrygghet|brottsförebyggande',
      '16.4',
    ],
    // Safety on its own is as often about roads, food or work as about crime: context only.
    ['safety', 1, 'safety|safe', 'trygghet|tryggt|trygg'],
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
      'institutions|accountable institutions|effective institutions|transparent|transparency|accountability|good governance|public administration|public institutions|government services|civil registration|legal identity|birth registration|identity documents|whistleblower|whistle-blower|oversight|audit|auditing|public trust|trust in institutions',
      'institutioner|offentlig förvaltning|öppenhet|insyn|transparens|ansvarsskyldighet|god förvaltning|folkbokföring|identitetshandlingar|legitimation|granskning|visselblåsare|förtroende för|tillsyn|revision|revisorer',
      '16.6',
    ],
    // Government as such is everyone's context; only a weak hint that a text is about institutions.
    [
      'government',
      1,
      'government|governments|local government|public services|public authorities|parliament|parliaments',
      'regering|riksdag|kommunfullmäktige|offentliga tjänster|politiker|myndigheter|förvaltning|styrning',
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
      'partnership|partnerships|global partnership|multi-stakeholder|public-private partnership|public-private|cross-sector collaboration|coalition|international cooperation',
      'partnerskap|offentlig-privat samverkan|koalition|sektorsövergripande|internationellt samarbete|globalt partnerskap|flerpartssamarbete|sektorsövergripande samarbete|samarbete mellan offentlig och privat sektor',
      '17.17',
    ],
    // Working together is how almost every project is described; alone it is context, not the goal.
    [
      'cooperation',
      1,
      'collaboration|cooperation|co-creation|stakeholders',
      'samverkan|samarbete|samskapande|aktörer|intressenter',
    ],
    [
      'development-finance',
      3,
      'official development assistance|development assistance|oda|development aid|aid|donor countries|development cooperation|foreign direct investment|investment promotion|financial resources for developing countries|mobilize resources|mobilise resources|financial resources|additional financial resources|funding for developing countries',
      'bistånd|utvecklingsbistånd|utvecklingssamarbete|givarländer|utländska direktinvesteringar|utländska investeringar|utvecklingsfinansiering|biståndsfinansiering|offentligt utvecklingsbistånd|mobilisera resurser|investeringsfrämjande',
      '17.2',
    ],
    [
      'tax-debt',
      3,
      'tax|taxes|tax revenue|tax collection|domestic resource mobilization|revenue collection|debt|debt sustainability|debt relief|debt restructuring|debt service|government revenue|budget',
      'skatt|skatter|skatteintäkter|skatteuppbörd|statsskuld|utlandsskuld|skuldkris|skuldlättnad|statsbudget|budget',
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
      'trade|trading|exports|export|imports and exports|import tariffs|import duties|tariff|tariffs|duty-free|quota-free|world trade organization|wto|multilateral trading system|market access|trade barriers',
      'handel|export|import|tullar|tullfri|världshandelsorganisationen|wto|handelshinder|marknadstillträde|tullavgifter|handelsavtal|frihandel|handelspolitik|multilaterala handelssystemet|handelsregler',
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
      'official statistics|national statistics|statistical capacity|disaggregated data|census|national statistical|statistical offices|vital registration',
      'officiell statistik|nationell statistik|statistisk kapacitet|uppdelad statistik|folkräkning|statistikmyndighet|statistikmyndigheter',
      '17.18',
    ],
    // Only data about development itself: plain "data", "statistical", "measurement" and "monitoring"
    // appear in research on every goal (that is how any study measures) and made goal 17 a near miss
    // of everything.
    [
      'data-monitoring',
      1,
      'data for development|open data|sdg indicators|sdg monitoring|monitoring framework|data gaps',
      'data för utveckling|öppna data|indikatorer för de globala målen|uppföljning av de globala målen|uppföljningsramverk|databrister',
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
