import type { GoalLexicon } from './types';

export const goal11: GoalLexicon = {
  goal: 11,
  entries: [
    [
      'city',
      2,
      'city|cities|urban|metropolitan|town|towns|urbanization|urbanisation|urban areas',
      'stad|städer|urban|storstad|tätort|urbanisering|stadsmiljö',
      '11.3',
    ],
    // A Swedish kommun is the actor behind most local projects, whatever they are about: context only.
    ['local-authority', 1, 'municipal|municipality|municipalities', 'kommun|kommunal|kommuner'],
    [
      'housing',
      3,
      'housing|affordable housing|slum|slums|informal settlements|shelter|adequate housing|tenants|rent|dwelling|human settlements|settlement',
      'bostad|bostäder|boende|bostadsbrist|slum|slumområde|informella bosättningar|hyresgäst|hyra|bosättning|bostadsområde',
      '11.1',
    ],
    [
      'public-transport',
      3,
      'public transport|public transportation|transit|bus|buses|metro|bicycle|bike|cyclists|commuting|commute|road safety for passengers|mobility',
      'kollektivtrafik|buss|bussar|tunnelbana|cykel|cykling|pendling|pendla|resor|mobilitet|cykeln|cyklar|cyklister',
      '11.2',
    ],
    [
      'urban-planning',
      3,
      'urban planning|city planning|participatory planning|land use planning|urban sprawl|urban expansion|land use|land consumption|built-up area|urban design',
      'stadsplanering|samhällsplanering|medborgardialog|stadsutveckling|markanvändning|fysisk planering|översiktsplan|detaljplan|stadsbyggnad|förtätning|bebyggd mark|deltagande planering',
      '11.3',
    ],
    // Neighbourhoods and communities are where studies on every goal take place: context only.
    [
      'neighbourhood',
      1,
      'neighbourhood|neighborhood|local community|communities',
      'stadsdel|grannskap|lokalsamhälle|närområde|förort',
    ],
    [
      'heritage',
      3,
      'cultural heritage|natural heritage|heritage|historic sites|world heritage',
      'kulturarv|naturarv|världsarv|historiska platser',
      '11.4',
    ],
    // Target 11.4 protects heritage; culture and the arts in general are context only.
    ['culture-arts', 1, 'museum|museums|culture|arts', 'museum|museer|kultur|konst|kulturliv'],
    [
      'disaster-risk',
      3,
      'disaster|disasters|disaster risk|disaster risk reduction|disaster risk management|natural hazards|earthquake|floods|flood|storm|evacuation|emergency preparedness|sendai',
      'katastrof|katastrofer|katastrofrisk|krisberedskap|jordbävning|översvämning|storm|evakuering|beredskap',
      '11.5',
    ],
    [
      'urban-environment',
      3,
      'air quality|particulate matter|urban air pollution|municipal waste|solid waste|waste collection|garbage|litter|environmental impact of cities',
      'luftkvalitet|partiklar|luftföroreningar|hushållsavfall|sophämtning|sopor|nedskräpning',
      '11.6',
    ],
    [
      'public-space',
      3,
      'public space|public spaces|green space|green spaces|parks|park|playground|squares|safe public spaces|inclusive spaces',
      'offentliga rum|offentlig plats|grönområde|grönområden|park|parker|lekplats|torg|mötesplats|mötesplatser',
      '11.7',
    ],
    [
      'urban-rural',
      2,
      'urban-rural|rural areas|peri-urban|regional development|regional planning|villages|countryside',
      'landsbygd|glesbygd|regional utveckling|byar|byarna|region|regionen',
      '11.a',
    ],
    [
      'sustainable-buildings',
      2,
      'sustainable buildings|resilient buildings|local materials|building materials|sustainable construction',
      'hållbart byggande|hållbara byggnader|byggmaterial|lokala material',
      '11.c',
    ],
    // Building as such ("bygger", "construction of the bridge") is any sector's verb: context only.
    ['construction', 1, 'construction|buildings', 'byggande|byggnader'],
  ],
};

export const goal12: GoalLexicon = {
  goal: 12,
  entries: [
    [
      'sustainable-consumption',
      3,
      'sustainable consumption|consumption and production|consumption patterns|production patterns|consumer|consumers|overconsumption|sustainable lifestyles|lifestyle|sustainable products|life cycle|life-cycle|product lifespan|durability|sharing economy|eco-design|ecodesign|extended producer responsibility|fast fashion|throwaway|disposable|environmental footprint|ecological footprint|sustainable production',
      'hållbar konsumtion|konsumtion|konsumtionsmönster|produktionsmönster|konsument|konsumenter|överkonsumtion|hållbar livsstil|livsstil|livscykel|livscykelanalys|delningsekonomi|ekodesign|producentansvar|snabbmode|slit och släng|engångsartiklar|miljöavtryck|ekologiskt fotavtryck|hållbar produktion|livscykeln|konsumtionsmönstret|produktionsmönstret',
      '12.1',
    ],
    [
      'resource-efficiency',
      3,
      'natural resources|efficient use of natural resources|material footprint|domestic material consumption|resource efficiency|raw materials',
      'naturresurser|resurseffektivitet|materialfotavtryck|råvaror|resursanvändning',
      '12.2',
    ],
    [
      'food-waste',
      3,
      'food waste|food loss|food losses|wasted food|leftovers|post-harvest losses|surplus food',
      'matsvinn|livsmedelssvinn|svinn|matrester|överbliven mat|skördeförluster',
      '12.3',
    ],
    [
      'chemicals',
      3,
      'hazardous chemicals|toxic chemicals|chemical pollution|chemical waste|chemicals management|hazardous waste|toxic|toxics|pesticides|electronic waste|hazardous substances',
      'farliga kemikalier|giftiga kemikalier|kemikalieanvändning|kemikaliehantering|farligt avfall|gifter|giftig|bekämpningsmedel|elektronikavfall|miljögifter|bekämpningsmedlen',
      '12.4',
    ],
    // Chemistry as such ("chemical composition", "kemisk analys") is every natural science's word: context only.
    ['chemistry', 1, 'chemicals|chemical', 'kemikalier|kemisk'],
    [
      'waste-reduction',
      3,
      'waste|waste generation|recycling|recycle|recycled|reuse|repair|upcycling|circular economy|circular|packaging|plastic|plastics|single-use|landfill|zero waste|sharing economy|second hand',
      'avfall|återvinning|återvinna|återbruk|återanvändning|reparera|cirkulär ekonomi|cirkulär|förpackning|förpackningar|plast|engångs|deponi|delningsekonomi|second hand|begagnat',
      '12.5',
    ],
    [
      'corporate-reporting',
      3,
      'sustainability reporting|sustainability reports|corporate responsibility|corporate social responsibility|csr|esg|sustainable practices|responsible business|transnational companies',
      'hållbarhetsredovisning|hållbarhetsrapport|företagens ansvar|csr|hållbarhetsrapportering|företagens samhällsansvar|socialt ansvarstagande|ansvarsfullt företagande|esg|hållbara affärsmetoder|multinationella företag',
      '12.6',
    ],
    [
      'procurement',
      3,
      'public procurement|sustainable procurement|green procurement|purchasing',
      'offentlig upphandling|upphandling|hållbar upphandling|inköp',
      '12.7',
    ],
    [
      'awareness-sustainability',
      2,
      'awareness of sustainable development|information for sustainable development|eco-label|ecolabel|labelling|lifestyles in harmony with nature',
      'miljömärkning|konsumentupplysning|medvetenhet om hållbarhet|miljömärkt|ekomärkning|svanenmärkt|information om hållbar utveckling',
      '12.8',
    ],
    [
      'fossil-subsidies',
      3,
      'fossil-fuel subsidies|fossil fuel subsidies|inefficient subsidies|market distortions',
      'fossila subventioner|subventioner till fossila bränslen',
      '12.c',
    ],
    [
      'sustainable-tourism-monitoring',
      2,
      'sustainable tourism|tourism impacts|local products tourism',
      'hållbar turism|lokala produkter',
      '12.b',
    ],
  ],
};
