import type { GoalLexicon } from './types';

// Written for this project: the vocabulary people use when they talk about each goal in practice,
// not the UN wording. Weights are editorial judgements of specificity (see LexiconEntry).

export const goal01: GoalLexicon = {
  goal: 1,
  entries: [
    [
      'poverty',
      3,
      'poverty|impoverished|destitution|destitute|pro-poor|antipoverty|extreme poverty|multidimensional poverty|basic needs|subsistence',
      'fattigdom|fattigdomsbekämpning|armod|extrem fattigdom|ekonomisk utsatthet|grundläggande behov',
      '1.1',
    ],
    ['poor', 2, 'poor|the poor|poorest|poor people|poor households', 'fattig|fattiga|fattigaste|medellös'],
    [
      'low-income',
      2,
      'low income|low-income|income below|living on less than|bottom of the pyramid|dollars a day',
      'låg inkomst|låginkomst|låginkomsttagare|inkomstfattig',
    ],
    [
      'social-protection',
      3,
      'social protection|safety net|social security|social assistance|welfare benefits|cash transfer|pension|unemployment benefit|child benefit|housing allowance|unemployment insurance|welfare',
      'socialt skydd|trygghetssystem|socialförsäkring|försörjningsstöd|ekonomiskt bistånd|socialbidrag|pension|a-kassa|barnbidrag|bostadsbidrag|arbetslöshetsförsäkring|välfärd',
      '1.3',
    ],
    [
      'microfinance',
      2,
      'microfinance|microcredit|microloan|savings group',
      'mikrolån|mikrofinans|mikrokredit|sparagrupp',
      '1.4',
    ],
    [
      'economic-resources',
      2,
      'economic resources|ownership of land|land rights|property rights|inheritance|basic services|control over land',
      'ekonomiska resurser|äganderätt|markrättigheter|arv|grundläggande tjänster|grundläggande service',
      '1.4',
    ],
    [
      'vulnerable',
      1,
      'vulnerable|vulnerability|deprivation|deprived|hardship|disadvantaged',
      'utsatt|utsatthet|sårbar|sårbarhet|missgynnad|utsatta områden',
    ],
    ['disaster-risk', 1, 'disaster|disasters|disaster risk|disaster losses', 'katastrof|katastrofer', '1.5'],
    [
      'shock-resilience',
      1,
      'economic shocks|exposure to shocks|resilience of the poor|coping',
      'ekonomiska chocker|motståndskraft hos utsatta',
      '1.5',
    ],
    [
      'homeless',
      2,
      'homeless|homelessness|rough sleeper|street children',
      'hemlös|hemlöshet|bostadslös|gatubarn',
    ],
    [
      'debt-household',
      1,
      'household debt|payday loan|indebted|eviction|debt collection|debt advice',
      'skuldsatt|skuldsättning|överskuldsättning|vräkning|skuld|skulder|skuldsanering|skuldrådgivning|budget- och skuldrådgivning',
    ],
    [
      'end-poverty-policy',
      2,
      'poverty eradication|poverty reduction|end poverty|reduce poverty|poverty line',
      'minska fattigdomen|utrota fattigdom|fattigdomsgräns',
    ],
    [
      'child-poverty',
      3,
      'child poverty|children in poverty',
      'barnfattigdom|fattiga barn|ekonomiskt utsatta barn',
    ],
  ],
};

export const goal02: GoalLexicon = {
  goal: 2,
  entries: [
    [
      'hunger',
      3,
      'hunger|hungry|starvation|starving|famine',
      'hunger|hungrig|svält|svälta|hungersnöd',
      '2.1',
    ],
    [
      'food-security',
      3,
      'food security|food insecurity|food insecure|access to food|food supply|food reserves|food bank|food aid',
      'livsmedelstrygghet|livsmedelsförsörjning|tillgång till mat|matbank|matkasse|livsmedelsbistånd',
      '2.1',
    ],
    [
      'malnutrition',
      3,
      'malnutrition|malnourished|undernourished|undernutrition|stunting|stunted|child wasting|underweight|micronutrient|anaemia|anemia',
      'undernäring|felnäring|undernärd|näringsbrist|tillväxthämning|undervikt|avmagring|mikronäringsämnen|blodbrist|anemi|järnbrist|hämmad tillväxt',
      '2.2',
    ],
    [
      'nutrition',
      2,
      'nutrition|nutritious|nutrient|healthy diet|diet|vitamin|fresh food|fruit and vegetables|healthy eating',
      'näring|näringsrik|kostvanor|kostråd|kosthållning|hälsosam mat|frukt och grönt|grönsaker|färsk mat|matvanor',
      '2.2',
    ],
    [
      'food',
      1,
      'food|meal|eat|eating|cook|cooking|lunch|snack|grocery',
      'mat|måltid|äta|livsmedel|matlagning|lunch|skolmat|mellanmål',
    ],
    [
      'agriculture',
      3,
      'agriculture|agricultural|farming|farm|farmer|smallholder|agronomy|agroforestry|agroecology',
      'jordbruk|lantbruk|lantbrukare|bonde|bönder|småbrukare|jordbrukare|odlare',
      '2.3',
    ],
    [
      'crops',
      2,
      'crop|harvest|yield|seed|seeds|grain|cereal|rice|maize|wheat|livestock|cattle|plant breeding|breeds|local breeds|cultivate|cultivation|orchard',
      'gröda|grödor|skörd|utsäde|spannmål|vete|majs|ris|boskap|husdjur|odling|odla|växtförädling|fruktträd',
      '2.5',
    ],
    [
      'food-production',
      2,
      'food production|food systems|agricultural productivity|sustainable agriculture|food producers|rural producers|pastoralist|fishers income',
      'livsmedelsproduktion|matproduktion|livsmedelssystem|hållbart jordbruk|matproducent',
      '2.4',
    ],
    [
      'food-prices',
      2,
      'food prices|commodity markets|food commodity|price volatility|export subsidies agriculture|agricultural markets|agricultural trade',
      'matpriser|livsmedelspriser|råvarumarknad|jordbruksmarknad|prisvolatilitet|prissvängningar|jordbrukshandel|livsmedelsmarknad|exportsubventioner',
      '2.c',
    ],
    [
      'garden',
      2,
      'garden|gardening|urban farming|allotment|greenhouse growing|school garden|community garden',
      'trädgård|odlingslott|stadsodling|skolträdgård|kolonilott|växthusodling',
    ],
    [
      'rural-investment',
      1,
      'rural infrastructure|agricultural research|extension services|gene bank|genetic diversity|plant and animal genetic',
      'landsbygdsutveckling|jordbruksforskning|genbank|genetisk mångfald',
      '2.a',
    ],
  ],
};
