import type { GoalLexicon } from './types';

export const goal09: GoalLexicon = {
  goal: 9,
  entries: [
    [
      'infrastructure',
      3,
      'infrastructure|resilient infrastructure|transport infrastructure|roads|railway|railways|bridges|ports|airports|freight|passenger volume',
      'infrastruktur|transportinfrastruktur|vägar|järnväg|bro|bron|broar|hamnar|flygplats|godstransport',
      '9.1',
    ],
    [
      'industry',
      3,
      'industry|industrial|industrialization|manufacturing|factory|factories|manufacturing value added|industrial enterprises|value chains|supply chain',
      'industri|industriell|industrialisering|tillverkning|tillverkningsindustri|fabrik|fabriker|värdekedja|leverantörskedja',
      '9.2',
    ],
    [
      'innovation',
      2,
      'innovation|innovative|innovations|innovators|innovator|prototype|prototyping|invention|inventor|incubator|accelerator',
      'innovation|innovationer|innovativ|innovatör|innovatörer|prototyp|uppfinning|inkubator|testbädd|innovationsstöd|innovationsfrämjare',
      '9.5',
    ],
    // Target 9.5 is research capacity: R&D, its funding and its people. Plain "research" and "science"
    // open nearly every research abstract whatever its goal, so they are context only.
    [
      'research-and-development',
      3,
      'research and development|r&d|research funding|research capacity|research infrastructure|research institutes|scientific research|patent|patents',
      'forskning och utveckling|forskningsfinansiering|forskningskapacitet|forskningsinfrastruktur|forskningsinstitut|vetenskaplig forskning|patent',
      '9.5',
    ],
    [
      'research',
      1,
      'researchers|research|laboratory|science',
      'forskning|forskare|vetenskap|laboratorium|vetenskaplig',
    ],
    [
      'technology',
      2,
      'technology|technologies|technological|digital|digitalisation|digitalization|software|platform|sensor|hardware|engineering|clean technologies',
      'teknik|teknologi|teknisk|digital|digitalisering|mjukvara|plattform|sensor|ingenjör|ren teknik',
      '9.4',
    ],
    [
      'connectivity',
      3,
      'internet access|broadband|mobile network|mobile broadband|connectivity|ict|information and communications technology|digital divide',
      'internetåtkomst|bredband|mobilnät|uppkoppling|ikt|digital klyfta|digitala klyftan',
      '9.c',
    ],
    // Phones and apps are the medium of studies on every goal, not access to ICT itself (9.c).
    [
      'mobile-technology',
      1,
      'internet|mobile phone|mobile phones|telephone|mobile|smartphone|sms|text message|cell phone|app|mobile technology',
      'internet|mobiltelefon|mobil|smartphone|sms|app|appar|mobilteknik',
      '9.c',
    ],
    [
      'small-industry-finance',
      2,
      'small-scale industrial|affordable credit|access to financial services for small enterprises|industrial diversification',
      'småskalig industri|kredit till småföretag',
      '9.3',
    ],
    [
      'upgrade-industry',
      2,
      'retrofit industries|upgrade infrastructure|resource-use efficiency|environmentally sound technologies|carbon intensity',
      'modernisera industrin|resurseffektiv industri|miljövänlig teknik|koldioxidintensitet',
      '9.4',
    ],
  ],
};

export const goal10: GoalLexicon = {
  goal: 10,
  entries: [
    [
      'inequality',
      3,
      'inequality|inequalities|inequity|income inequality|income gap|wealth gap|unequal|disparities|bottom 40|income growth of the bottom|equality of outcome|gini|gini coefficient|income distribution|wealth distribution|distribution of income|unequal distribution|richest|wealthiest|social mobility|median income|relative poverty|socioeconomic|socio-economic|inclusive growth|leave no one behind|left behind',
      'ojämlikhet|ojämlik|inkomstskillnader|klyftor|ekonomiska klyftor|jämlikhet|jämlik|skillnader|gini|inkomstfördelning|förmögenhetsfördelning|ojämn fördelning|rikaste|social rörlighet|medianinkomst|relativ fattigdom|socioekonomisk|socioekonomiska|inkluderande tillväxt|jämlika villkor|jämlik hälsa',
      '10.1',
    ],
    [
      'social-inclusion',
      3,
      'social inclusion|inclusion|inclusive society|social exclusion|marginalised|marginalized|excluded|empower|participation in society|disadvantaged groups|underrepresented|under-represented|equal treatment|equal access|inclusive policies',
      'inkludering|social inkludering|utanförskap|marginaliserad|delaktighet|egenmakt|social sammanhållning|utsatta grupper|underrepresenterade|likabehandling|lika tillgång|inkluderande',
      '10.2',
    ],
    // Equal opportunity is as much a gender-equality phrase as an inclusion one (goal 5 links it too).
    [
      'equal-opportunity',
      2,
      'equal opportunity|equal opportunities|equal chances',
      'lika möjligheter|lika villkor|lika chanser',
      '10.2',
    ],
    [
      'discrimination',
      3,
      'discrimination|discriminatory|racism|racial|ethnicity|ethnic minority|minorities|religion|prejudice|xenophobia|lgbt|lgbtq|irrespective of age sex disability race|racial discrimination|sexual orientation|hate crime|hate speech|ageism|age discrimination|anti-discrimination|indigenous',
      'diskriminering|diskriminerande|rasism|etnicitet|etnisk|minoritet|minoriteter|religion|fördomar|främlingsfientlighet|hbtq|sexuell läggning|hatbrott|rasifierade|åldersdiskriminering|antidiskriminering|urfolk|samer|samisk',
      '10.3',
    ],
    [
      'disability',
      2,
      'disability|disabilities|disabled|accessible|accessibility|wheelchair|blind|deaf|visually impaired|impairment|special needs',
      'funktionsnedsättning|funktionshinder|funktionsvariation|tillgänglig|tillgänglighet|rullstol|blind|döv|synskadad|hörselskadad|funktionshindret',
      '10.2',
    ],
    [
      'migration',
      3,
      'migration|migrants|migrant|refugee|refugees|asylum|asylum seekers|immigrants|immigration|newcomers|displaced|integration of immigrants|orderly migration|mobility of people|labour migration|labor migration|migrant workers|recruitment costs|human mobility|resettlement|stateless|xenophobic',
      'migration|migranter|flykting|flyktingar|asyl|asylsökande|invandrare|invandring|nyanlända|integration|etablering|arbetskraftsinvandring|arbetskraftsinvandrare|migrantarbetare|statslös|vidarebosättning',
      '10.7',
    ],
    [
      'remittances',
      3,
      'remittances|remittance costs|transaction costs of remittances|money transfers home',
      'remitteringar|penningöverföringar|pengar hem',
      '10.c',
    ],
    [
      'fiscal-policy',
      2,
      'fiscal policy|wage policy|redistribution|progressive taxation|labour share|social protection policies|greater equality',
      'finanspolitik|omfördelning|progressiv skatt|löneandel|lönepolitik|progressiv beskattning|inkomstutjämning|ökad jämlikhet|omfördelningspolitik',
      '10.4',
    ],
    [
      'global-finance-governance',
      3,
      'financial markets|financial institutions|global financial|regulation of financial|financial regulation|voice of developing countries|representation of developing countries|special and differential treatment|financial soundness|financial stability|international financial institutions',
      'finansmarknader|finansiella institutioner|finansiell reglering|utvecklingsländers röst|utvecklingsländer|finansiell stabilitet|internationella finansinstitut',
      '10.5',
    ],
    [
      'segregation',
      3,
      'segregation|segregated|deprived neighbourhood|deprived neighborhood|ghetto',
      'segregation|segregerad|segregerade områden|utanförskapsområde|socioekonomiskt utsatta områden',
      '10.2',
    ],
    [
      'sexual-minorities',
      2,
      'gay men|bisexual|transgender|homosexual|homosexuality|queer|homophobia|homophobic|transphobia|men who have sex with men|msm|sexual minorities|sexual minority|gender identity',
      'homosexuella män|bisexuell|bisexuella|transperson|transpersoner|homosexualitet|queer|homofobi|homofobisk|transfobi|män som har sex med män|sexuella minoriteter|könsidentitet',
      '10.2',
    ],
    [
      'racialisation',
      2,
      'racialised|racialized|racialisation|racialization|race relations|black and minority ethnic|people of colour|people of color|postcolonial|post-colonial|colonialism|colonial|decolonial|decolonising|decolonizing',
      'rasifiering|postkolonial|kolonialism|kolonial|avkolonisering|avkoloniserande',
      '10.3',
    ],
  ],
};
