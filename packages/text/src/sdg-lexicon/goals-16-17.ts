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
      'våld|våldsbrott|mord|dödligt våld|misshandel|mobbning|gäng|gängkriminalitet|tortyr|övergrepp|utnyttjande|våld mot barn|väpnat våld|terrorism|våldsbejakande extremism|radikalisering|misshandeln',
      '16.1',
    ],
    [
      'trafficking',
      3,
      'trafficking|human trafficking|trafficking in persons|sexual exploitation of children',
      'människohandel|trafficking|sexuell exploatering av barn|människohandeln',
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
      'brott|brottslighet|kriminalitet|organiserad brottslighet|illegala vapen|vapen|polis|otrygghet|brottsförebyggande|vapnen',
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
      'partnership|partnerships|public-private partnership|public-private|cross-sector collaboration|coalition|international cooperation',
      'partnerskap|offentlig-privat samverkan|koalition|sektorsövergripande|internationellt samarbete|sektorsövergripande samarbete|samarbete mellan offentlig och privat sektor',
      '17.17',
    ],
    [
      'global-partnership',
      3,
      'global partnership|global partnership for sustainable development|multi-stakeholder|multi-stakeholder partnerships',
      'globalt partnerskap|globala partnerskapet för hållbar utveckling|flerpartssamarbete|partnerskap med flera aktörer',
      '17.16',
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
      'official development assistance|development assistance|oda|development aid|aid|donor countries|development cooperation',
      'bistånd|utvecklingsbistånd|utvecklingssamarbete|givarländer|offentligt utvecklingsbistånd',
      '17.2',
    ],
    [
      'resource-mobilisation',
      3,
      'financial resources for developing countries|mobilize resources|mobilise resources|financial resources|additional financial resources|funding for developing countries',
      'finansiella resurser för utvecklingsländer|mobilisera resurser|ytterligare finansiella resurser|utvecklingsfinansiering|biståndsfinansiering',
      '17.3',
    ],
    [
      'investment-promotion',
      3,
      'foreign direct investment|investment promotion|investment promotion regimes',
      'utländska direktinvesteringar|utländska investeringar|investeringsfrämjande',
      '17.5',
    ],
    [
      'tax-debt',
      3,
      'tax|taxes|tax revenue|tax collection|domestic resource mobilization|revenue collection|government revenue|budget',
      'skatt|skatter|skatteintäkter|skatteuppbörd|statsbudget|budget',
      '17.1',
    ],
    [
      'debt-sustainability',
      3,
      'debt|debt sustainability|debt relief|debt restructuring|debt service|debt financing',
      'statsskuld|utlandsskuld|skuldkris|skuldlättnad|skuldhållbarhet|skuldomstrukturering|skuldtjänst',
      '17.4',
    ],
    [
      'technology-transfer',
      3,
      'technology transfer|technology bank|knowledge sharing|south-south|triangular cooperation|north-south|fixed internet broadband subscriptions',
      'tekniköverföring|teknikbank|kunskapsöverföring|kunskapsdelning|syd-syd-samarbete|triangulärt samarbete',
      '17.6',
    ],
    [
      'capacity-building',
      3,
      'capacity building|capacity-building|statistical capacity building',
      'kapacitetsuppbyggnad|kapacitetsutveckling|kapacitetsstärkande',
      '17.9',
    ],
    [
      'trade',
      3,
      'trade|trading|imports and exports|import tariffs|import duties|tariff|tariffs|world trade organization|wto|multilateral trading system|trade barriers',
      'handel|import|tullar|världshandelsorganisationen|wto|handelshinder|tullavgifter|handelsavtal|frihandel|handelspolitik|multilaterala handelssystemet|handelsregler|handeln|frihandeln',
      '17.10',
    ],
    ['exports', 3, 'exports|export|share of global exports', 'export|exportandel|exportökning', '17.11'],
    [
      'market-access',
      3,
      'market access|duty-free|quota-free|duty-free and quota-free',
      'marknadstillträde|tullfri|tullfritt och kvotfritt',
      '17.12',
    ],
    [
      'policy-coherence',
      2,
      'policy coherence|policy coherence for sustainable development|global governance',
      'samstämmighet i politiken|konsekvent politik för hållbar utveckling|global styrning',
      '17.14',
    ],
    [
      'macroeconomic-stability',
      2,
      'macroeconomic stability|global macroeconomic stability|policy coordination',
      'makroekonomisk stabilitet|global makroekonomisk stabilitet|samordning av politiken',
      '17.13',
    ],
    [
      'policy-space',
      2,
      'policy space|leadership of countries|country ownership|national ownership',
      'politiskt utrymme|nationellt ägarskap|ländernas ägarskap',
      '17.15',
    ],
    [
      'sound-technologies',
      2,
      'environmentally sound technologies|diffusion of technologies|dissemination of technologies|transfer of technology',
      'miljövänlig teknik|miljöanpassad teknik|spridning av teknik|överföring av teknik',
      '17.7',
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
