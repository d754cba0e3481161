import type { GoalLexicon } from './types';

export const goal13: GoalLexicon = {
  goal: 13,
  entries: [
    [
      'climate-change',
      3,
      'climate change|climate|global warming|climate crisis|climate action|climate policy|climate impact|climate-related|unfccc|paris agreement|green climate fund|climate finance|nationally determined contributions|ipcc|temperature rise|climate targets|climate goals|climate vulnerability|climate emergency',
      'klimatförändring|klimatförändringar|klimat|global uppvärmning|klimatkris|klimatarbete|klimatpolitik|klimatpåverkan|parisavtalet|klimatfinansiering|klimatmål|temperaturhöjning|klimatnödläge|klimatsårbarhet',
      '13.2',
    ],
    [
      'emissions',
      3,
      'greenhouse gas|greenhouse gases|emissions|carbon dioxide|co2|carbon emissions|carbon footprint|low carbon|low-carbon|net zero|decarbonisation|decarbonization|fossil fuels|fossil|methane|carbon pricing|carbon tax|emission reduction|emissions trading|climate neutral|climate-neutral|climate neutrality',
      'växthusgaser|växthusgas|utsläpp|koldioxid|koldioxidutsläpp|klimatavtryck|fossilfri|fossila bränslen|fossil|metan|klimatneutral|nettonoll|koldioxidskatt|utsläppshandel|utsläppsminskning|klimatneutralitet|utsläppshandeln',
      '13.2',
    ],
    [
      'adaptation',
      3,
      'climate adaptation|adaptive capacity|climate resilience|climate-related hazards|extreme weather|heatwave|heat waves|drought|droughts|sea level rise|early warning|climate risk',
      'klimatanpassning|klimatrisker|extremväder|värmebölja|torka|havsnivåhöjning|tidig varning|anpassningsförmåga|klimatresiliens|klimatrelaterade risker|skyfall|stigande havsnivåer|varningssystem|extremvädret',
      '13.1',
    ],
    // Plain "adaptation" is as often biological or organisational: context only.
    ['adaptation-general', 1, 'adaptation', 'anpassning'],
    // Disasters are a climate-adaptation matter as much as an urban one (goal 11 holds the full entry).
    [
      'disaster-risk',
      3,
      'disaster|disasters|disaster risk|disaster risk reduction|natural hazards|floods|flood',
      'katastrof|katastrofer|katastrofrisk|översvämning|naturkatastrof|naturolycka|naturolyckor|katastrofriskreducering|skred|jordskred|krisberedskap',
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
      'marina ekosystem|korallrev|korall|rev|sjögräs|marina skyddsområden|marin mångfald|havsliv|havsdäggdjur|valfångst|marina resurser|önationer',
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
      'ökenspridning|markförstöring|utarmad mark|jordförstöring|jordmån|erosion|markrestaurering|markanvändning',
      '15.3',
    ],
    // Swedish "mark" (ground, land) is an everyday word: context, not a land-ecosystem topic by itself.
    ['land', 1, 'land area|terrain', 'mark|marken'],
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
      'terrestrial ecosystems|ecosystem|ecosystems|ecosystem services|mountain ecosystems|mountains|inland freshwater ecosystems|natural areas|protected areas|conservation|wilderness|rewilding',
      'landekosystem|ekosystem|ekosystemtjänster|fjäll|berg|naturområden|naturreservat|skyddade områden|naturvård|bevarande',
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
