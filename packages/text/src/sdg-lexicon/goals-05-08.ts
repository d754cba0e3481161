import type { GoalLexicon } from './types';

export const goal05: GoalLexicon = {
  goal: 5,
  entries: [
    [
      'gender-equality',
      3,
      'gender equality|gender equity|gender balance|gender balanced|gender gap|gender parity|gender-sensitive|feminist|sexism|gender|gender norms|gender roles|gender stereotypes|gender mainstreaming|gender-responsive|sex-disaggregated|patriarchy|patriarchal|misogyny',
      'jämställdhet|jämställd|jämställt|könsbalans|jämställt urval|feminism|sexism|genus|kön|könsroller|könsnormer|könsstereotyper|jämställdhetsintegrering|patriarkat|kvinnohat',
      '5.1',
    ],
    [
      'women',
      2,
      'women|woman|female|girls|girl|mothers|daughters|sisters',
      'kvinnor|kvinna|kvinnlig|flickor|flicka|tjejer|döttrar|mammor',
    ],
    [
      'women-empowerment',
      3,
      'empower women|women empowerment|empowerment of women|women and girls|women entrepreneurs|women leaders|women in leadership|female leadership|women’s participation|women participation|women in parliament|seats held by women|female politicians|women in politics|women in decision-making|women in management|female managers|gender quotas|women’s leadership|women’s economic empowerment|women-owned|female-headed|women-headed|participation of women|women’s full participation|women’s full and effective participation|effective participation of women|leadership of women',
      'kvinnors egenmakt|kvinnors deltagande|kvinnligt ledarskap|kvinnliga företagare|kvinnliga entreprenörer|kvinnor och flickor|kvinnor i ledande positioner|kvinnliga chefer|kvotering|kvinnors ledarskap|kvinnors ekonomiska egenmakt|kvinnor i politiken|kvinnliga politiker|kvinnor i beslutsfattande|kvinnliga ledare|kvinnoägda företag|kvinnors representation|kvinnor i styrelser|kvinnors fulla deltagande|kvinnor i beslutande församlingar',
      '5.5',
    ],
    [
      'violence-against-women',
      3,
      'violence against women|gender-based violence|domestic violence|intimate partner violence|sexual violence|rape|sexual harassment|femicide|honour violence',
      'mäns våld mot kvinnor|våld mot kvinnor|våld i nära relationer|könsrelaterat våld|sexuellt våld|våldtäkt|sexuella trakasserier|hedersrelaterat våld|hedersvåld',
      '5.2',
    ],
    [
      'harmful-practices',
      3,
      'child marriage|early marriage|forced marriage|genital mutilation|fgm|harmful practices',
      'barnäktenskap|tvångsäktenskap|könsstympning|skadliga sedvänjor',
      '5.3',
    ],
    [
      'unpaid-care',
      3,
      'unpaid care|domestic work|household chores|care work|shared responsibility within the household|parental leave|childcare burden',
      'obetalt arbete|obetalt hemarbete|hemarbete|omsorgsarbete|föräldraledighet|delat föräldraskap',
      '5.4',
    ],
    [
      'reproductive-rights',
      2,
      'reproductive rights|sexual and reproductive rights|reproductive health|sexual and reproductive health|contraceptive use|bodily autonomy|abortion',
      'reproduktiva rättigheter|sexuella rättigheter|abort|rätten till sin kropp|sexuell och reproduktiv hälsa|reproduktiv hälsa|preventivmedel|srhr|preventivmedlen',
      '5.6',
    ],
    [
      'women-rights',
      3,
      'discrimination against women|equal rights for women|women’s rights|women rights|equal pay|gender pay gap|land ownership for women|give women equal rights|women equal rights|rights of women|women’s land rights|land rights for women|women’s ownership of land',
      'kvinnors rättigheter|lika lön|löneskillnader mellan kvinnor och män|diskriminering av kvinnor|kvinnors lika rättigheter|lönegap|lika lön för lika arbete|kvinnors markägande|ge kvinnor lika rättigheter|kvinnors lika rätt|kvinnors rätt till mark|kvinnors ägande',
      '5.a',
    ],
    // Shared with goal 10, where it weighs more; here it supports texts that are about women.
    [
      'equal-opportunity',
      1,
      'equal opportunity|equal opportunities|equal chances',
      'lika möjligheter|lika villkor|lika chanser',
    ],
  ],
};

export const goal06: GoalLexicon = {
  goal: 6,
  entries: [
    [
      'water',
      2,
      'water|drinking water|safe water|clean water|potable|water supply|tap water|water access|well|borehole',
      'vatten|vattnet|dricksvatten|dricksvattnet|rent vatten|vattenförsörjning|kranvatten|kranvattnet|brunn',
      '6.1',
    ],
    [
      'sanitation',
      3,
      'sanitation|toilet|toilets|latrine|latrines|open defecation|sewage|sewer|human waste|faecal|fecal|excreta|compost toilet|sludge',
      'sanitet|toalett|toaletter|latrin|avlopp|avloppssystem|fekalier|slam|torrdass',
      '6.2',
    ],
    [
      'hygiene',
      3,
      'hygiene|handwashing|hand washing|soap|menstrual hygiene|clean hands',
      'hygien|handtvätt|tvål|mensskydd|menstruation',
      '6.2',
    ],
    [
      'wastewater',
      3,
      'wastewater|waste water|water treatment|water quality|water pollution|untreated water|effluent|water reuse',
      'avloppsvatten|avloppsvattnet|reningsverk|vattenrening|vattenkvalitet|vattenförorening|rening av vatten',
      '6.3',
    ],
    [
      'water-scarcity',
      3,
      'water scarcity|water stress|water shortage|water-use efficiency|water efficiency|freshwater withdrawal|desalination|rainwater harvesting|irrigation',
      'vattenbrist|vattenstress|vattenbesparing|vattenanvändning|vattenförbrukning|vatteneffektivitet|avsaltning|regnvatten|bevattning|regnvattnet',
      '6.4',
    ],
    [
      'water-management',
      3,
      'water resources|water management|integrated water resources management|transboundary water|river basin|basin|watershed|water cooperation|aquifer|groundwater',
      'vattenresurser|vattenförvaltning|avrinningsområde|grundvatten|grundvattnet|vattenförvaltning över gränser|akvifer|grundvattenmagasin|vattensamarbete|flodområde|integrerad vattenresursförvaltning|vattenplan',
      '6.5',
    ],
    [
      'freshwater-ecosystems',
      2,
      'freshwater ecosystems|wetlands|rivers|lakes|streams|water-related ecosystems',
      'sötvatten|sötvattnet|våtmark|våtmarker|sjöar|vattendrag|älvar|åar',
      '6.6',
    ],
    [
      'water-community',
      1,
      'water committees|local communities water|water user associations',
      'vattenråd|lokal vattenförvaltning',
      '6.b',
    ],
  ],
};

export const goal07: GoalLexicon = {
  goal: 7,
  entries: [
    [
      'energy',
      2,
      'energy|power supply|energy services|energy access|energy poverty',
      'energi|energiförsörjning|energifattigdom|energitjänster',
      '7.1',
    ],
    [
      'electricity',
      3,
      'electricity|electric|electrification|power grid|grid|off-grid|mini-grid|power outage|kilowatt',
      'el|elektricitet|elförsörjning|elnät|elektrifiering|strömavbrott|kilowatt',
      '7.1',
    ],
    [
      'clean-cooking',
      3,
      'clean fuels|cooking fuel|cookstove|cook stove|firewood|charcoal|kerosene|indoor smoke',
      'rena bränslen|spis|ved|träkol|fotogen|matlagningsbränsle',
      '7.1',
    ],
    [
      'renewable-energy',
      3,
      'renewable|renewables|renewable energy|solar|solar panel|solar power|photovoltaic|wind power|wind turbine|hydropower|geothermal|bioenergy|biogas|biofuel|clean energy',
      'förnybar|förnybar energi|solenergi|solceller|solpanel|vindkraft|vindkraftverk|vattenkraft|geotermi|bioenergi|biogas|biobränsle|ren energi',
      '7.2',
    ],
    [
      'energy-efficiency',
      3,
      'energy efficiency|energy-efficient|energy intensity|energy saving|insulation|efficient lighting|led lighting|heat pump',
      'energieffektivisering|energieffektiv|energibesparing|isolering|värmepump|energianvändning',
      '7.3',
    ],
    [
      'energy-infrastructure',
      2,
      'energy infrastructure|energy technology|power plant|battery|batteries|energy storage|fuel',
      'energiinfrastruktur|energiteknik|kraftverk|batteri|energilager|bränsle',
      '7.b',
    ],
  ],
};

export const goal08: GoalLexicon = {
  goal: 8,
  entries: [
    [
      'economic-growth',
      3,
      'economic growth|gdp|gross domestic product|per capita growth|economic productivity|economic development|economy|economic output',
      'ekonomisk tillväxt|bnp|bruttonationalprodukt|ekonomi|ekonomisk utveckling|tillväxttakt',
      '8.1',
    ],
    [
      'productivity',
      2,
      'productivity|diversification|high-value added|labour-intensive|technological upgrading',
      'produktivitet|diversifiering|förädlingsvärde',
      '8.2',
    ],
    [
      'employment',
      3,
      'employment|unemployment|unemployed|jobs|job|job creation|full employment|labour market|labor market|job seekers|hiring|recruitment|career',
      'sysselsättning|arbetslöshet|arbetslös|jobb|arbetstillfällen|arbetsmarknad|arbetssökande|anställning|rekrytering|karriär|nyanställning',
      '8.5',
    ],
    [
      'decent-work',
      3,
      'decent work|working conditions|labour rights|labor rights|safe working environment|occupational safety|workplace|wages|earnings|hourly earnings|minimum wage|equal pay for work|workers|labour|labor|trade union',
      'anständiga arbetsvillkor|arbetsvillkor|arbetsmiljö|arbetsplats|lön|löner|minimilön|arbetstagare|lönearbetare|industriarbetare|lantarbetare|fackförbund|arbetsrätt',
      '8.8',
    ],
    [
      'youth-employment',
      3,
      'youth employment|youth unemployment|not in education employment or training|neet|young people work|first job|internship|traineeship|summer jobs',
      'ungdomsarbetslöshet|unga som varken arbetar eller studerar|feriejobb|sommarjobb|praktik|praktikplats|första jobbet',
      '8.6',
    ],
    [
      'forced-labour',
      3,
      'forced labour|forced labor|child labour|child labor|modern slavery|human trafficking for labour|slavery',
      'tvångsarbete|barnarbete|modernt slaveri|slaveri|skuldslaveri|tvångsarbetare|slavarbete',
      '8.7',
    ],
    [
      'entrepreneurship',
      3,
      'entrepreneurship|entrepreneur|entrepreneurs|startup|small business|small and medium enterprises|sme|micro-enterprises|self-employed|business model|social business|social enterprise|enterprise',
      'entreprenörskap|entreprenör|nyföretagande|egenföretagande|småföretag|småföretagare|egenföretagare|affärsmodell|socialt företag|sociala företag|startup',
      '8.3',
    ],
    [
      'financial-services',
      2,
      'financial services|bank account|banking|insurance|mobile money|access to finance|financial inclusion|credit|loans|savings',
      'finansiella tjänster|bankkonto|bank|försäkring|mobila betalningar|finansiell inkludering|kredit|lån|sparande',
      '8.10',
    ],
    [
      'tourism',
      3,
      'tourism|tourist|tourists|ecotourism|travel industry|visitors|hospitality',
      'turism|turist|turister|ekoturism|besöksnäring|besöksmål',
      '8.9',
    ],
    [
      'migrant-workers',
      2,
      'migrant workers|precarious employment|informal employment|informal sector|gig economy',
      'migrantarbetare|osäkra anställningar|informell sektor|gigekonomi',
      '8.8',
    ],
    [
      'decoupling',
      2,
      'decouple growth|resource efficiency in consumption and production|aid for trade',
      'frikoppla tillväxt|handelsrelaterat bistånd',
      '8.4',
    ],
  ],
};
