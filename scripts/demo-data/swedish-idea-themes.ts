/**
 * Swedish ideas composed from parts, one theme per Swedish demo challenge: who runs it, what it does,
 * for whom, and what it should change. The hand-written templates (`swedish-ideas.ts`) read better,
 * but a few hundred innovators drawing on two dozen of them made shortlists of one idea ten times over;
 * composed ideas make each innovator's idea their own. `{vem}` is the actor, `{grupp}` the group and
 * `{ort}` the place.
 */
export interface IdeaTheme {
  readonly sdgs: number[];
  readonly groups: readonly string[];
  readonly activities: ReadonlyArray<{ readonly title: string; readonly sentence: string }>;
  readonly outcomes: readonly string[];
}

/** Who runs an idea: one of these, whatever the theme. */
export const swedishActors: readonly string[] = [
  'Studieförbundet',
  'Ett socialt företag',
  'Hyresgästföreningen',
  'En ideell förening',
  'Biblioteket',
  'Ett gäng gymnasieelever',
  'Pensionärsföreningen',
  'Idrottsföreningen',
  'Svenska kyrkan',
  'En grupp föräldrar',
];

export const swedishIdeaThemes: readonly IdeaTheme[] = [
  {
    sdgs: [3, 10, 11],
    groups: [
      'äldre som bor ensamma',
      'äldre med demens',
      'äldre i glesbygden',
      'nyblivna änkor och änklingar',
    ],
    activities: [
      {
        title: 'Körsång',
        sentence: '{vem} startar en kör för {grupp} i {ort} som övar och fikar varje vecka.',
      },
      { title: 'Lunchlag', sentence: '{vem} bjuder in {grupp} i {ort} att laga och äta lunch tillsammans.' },
      {
        title: 'Videofika',
        sentence: '{vem} lär {grupp} i {ort} att ringa videosamtal och håller digitala fikastunder.',
      },
      {
        title: 'Cykelturer i rickshaw',
        sentence: '{vem} tar med {grupp} i {ort} på turer i eldriven rickshaw ut i naturen.',
      },
      {
        title: 'Besöksvänner',
        sentence: '{vem} matchar {grupp} i {ort} med frivilliga besöksvänner som kommer hem.',
      },
      {
        title: 'Trädgårdsgrupp',
        sentence: '{vem} odlar tillsammans med {grupp} i {ort} i en gemensam trädgård.',
      },
    ],
    outcomes: [
      'Målet är att bryta den ofrivilliga ensamheten och ge nya vänskaper.',
      'Deltagarna får ett sammanhang och något att se fram emot varje vecka.',
      'Vi mäter upplevd ensamhet och livskvalitet före och efter.',
    ],
  },
  {
    sdgs: [8, 4, 10],
    groups: [
      'unga som varken arbetar eller studerar',
      'unga som hoppat av gymnasiet',
      'unga med funktionsnedsättning',
    ],
    activities: [
      {
        title: 'Sommarjobb med handledare',
        sentence: '{vem} ordnar sommarjobb för {grupp} i {ort} med en vuxen handledare på varje arbetsplats.',
      },
      {
        title: 'Körkortsskola',
        sentence: '{vem} hjälper {grupp} i {ort} att ta körkort, ofta det som saknas för ett första jobb.',
      },
      {
        title: 'Kodskola',
        sentence:
          '{vem} lär {grupp} i {ort} programmering i korta kurser som leder till praktik hos lokala företag.',
      },
      {
        title: 'Studieverkstad',
        sentence: '{vem} driver en studieverkstad där {grupp} i {ort} läser in gymnasiebetyg i egen takt.',
      },
      {
        title: 'Jobbspår i byggbranschen',
        sentence: '{vem} och byggföretag i {ort} tar emot {grupp} som lärlingar med lön.',
      },
    ],
    outcomes: [
      'Målet är att fler ska få ett arbete eller börja studera inom ett år.',
      'Varje deltagare får en mentor som följer hen hela vägen till anställning.',
      'Vi följer upp hur många som är i arbete eller studier efter sex månader.',
    ],
  },
  {
    sdgs: [3, 9],
    groups: ['boende på särskilt boende', 'personer med demens', 'äldre som riskerar att falla'],
    activities: [
      {
        title: 'Fallsensorer i golvet',
        sentence: '{vem} testar sensorer i golvet som larmar personalen när {grupp} i {ort} faller.',
      },
      {
        title: 'Nattkamera med integritet',
        sentence:
          '{vem} prövar en nattkamera som bara visar siluetter, så att {grupp} i {ort} kan sova ostört.',
      },
      {
        title: 'Robotsäl för lugn',
        sentence: '{vem} prövar en robotsäl som ger trygghet och lugn åt {grupp} i {ort}.',
      },
      {
        title: 'Digital läkemedelsdosett',
        sentence:
          '{vem} testar en dosett som påminner {grupp} i {ort} och personalen när det är dags för medicin.',
      },
    ],
    outcomes: [
      'Personal, boende och anhöriga är med och utvärderar välfärdstekniken i testmiljön.',
      'Målet är färre fallolyckor och tryggare nätter.',
      'Vi mäter tryggheten och hur mycket tid personalen får över till omsorg.',
    ],
  },
  {
    sdgs: [10, 4, 8],
    groups: ['nyanlända kvinnor', 'nyanlända familjer', 'nyanlända med yrkesutbildning från hemlandet'],
    activities: [
      {
        title: 'Språkpraktik på gården',
        sentence: '{vem} ordnar språkpraktik för {grupp} på lantbruk och företag runt {ort}.',
      },
      {
        title: 'Svenska i skogen',
        sentence: '{vem} lär {grupp} i {ort} svenska under vandringar och svamputflykter.',
      },
      {
        title: 'Yrkessvenska för vården',
        sentence: '{vem} ger {grupp} i {ort} yrkessvenska och praktik inom vård och omsorg.',
      },
      {
        title: 'Föreningsguider',
        sentence: '{vem} visar {grupp} i {ort} runt i föreningslivet och hjälper dem att bli medlemmar.',
      },
    ],
    outcomes: [
      'Målet är ett första jobb och en plats i den lokala gemenskapen.',
      'Deltagarna får kontakter som gör det lättare att stanna på landsbygden.',
      'Vi följer upp språket, nätverken och hur många som fått arbete.',
    ],
  },
  {
    sdgs: [2, 12, 3],
    groups: ['skolkök', 'äldreboendets kök', 'förskolans kök'],
    activities: [
      {
        title: 'Säsongsmeny med lokala råvaror',
        sentence: '{vem} tar fram en säsongsmeny för {grupp} i {ort} med råvaror från gårdar i närheten.',
      },
      {
        title: 'Mer baljväxter på tallriken',
        sentence:
          '{vem} utvecklar goda rätter med bönor och linser för {grupp} i {ort}, så att mindre kött behövs.',
      },
      {
        title: 'Matsvinnsmätning',
        sentence:
          '{vem} väger matsvinnet i {grupp} i {ort} varje dag och låter matgästerna följa resultatet.',
      },
      {
        title: 'Smakpanel av matgäster',
        sentence: '{vem} låter matgästerna i {grupp} i {ort} smaka och rösta fram nya hållbara rätter.',
      },
    ],
    outcomes: [
      'Målet är god, näringsriktig mat med lägre klimatpåverkan och mindre svinn.',
      'Kockarna får utbildning i hållbar matlagning.',
      'Vi mäter matsvinn, klimatavtryck och hur nöjda matgästerna är.',
    ],
  },
  {
    sdgs: [3, 4],
    groups: ['unga med oro och nedstämdhet', 'unga som utsätts för mobbning', 'unga med sömnproblem'],
    activities: [
      {
        title: 'Samtalsstöd i chatten',
        sentence: '{vem} erbjuder {grupp} i {ort} en chatt där utbildade vuxna svarar på kvällarna.',
      },
      {
        title: 'Friluftsgrupp',
        sentence: '{vem} tar med {grupp} i {ort} ut i naturen varje vecka för rörelse och samtal.',
      },
      {
        title: 'Skolans må-bra-lektioner',
        sentence: '{vem} håller lektioner om stress, sömn och känslor för {grupp} i skolorna i {ort}.',
      },
      {
        title: 'Unga stödjer unga',
        sentence: '{vem} utbildar äldre elever till stödpersoner för {grupp} i {ort}.',
      },
    ],
    outcomes: [
      'Målet är att fånga upp psykisk ohälsa tidigt, innan den blir allvarlig.',
      'Elevhälsan är med och kan hänvisa vidare när det behövs.',
      'Vi mäter välmående och frånvaro i skolan före och efter.',
    ],
  },
  {
    sdgs: [5, 8, 10],
    groups: ['utrikes födda kvinnor', 'kvinnor som vill starta företag', 'ensamstående mammor'],
    activities: [
      {
        title: 'Affärsmentorer',
        sentence: '{vem} matchar {grupp} i {ort} med erfarna företagare som mentorer under ett år.',
      },
      {
        title: 'Mikrolån och sparcirkel',
        sentence: '{vem} startar en sparcirkel och förmedlar mikrolån till {grupp} i {ort}.',
      },
      {
        title: 'Delad butikslokal',
        sentence: '{vem} hyr en gemensam butikslokal där {grupp} i {ort} kan testa sina affärsidéer.',
      },
      {
        title: 'Kooperativ för hemtjänst',
        sentence: '{vem} hjälper {grupp} i {ort} att starta ett kooperativ inom hemtjänst.',
      },
    ],
    outcomes: [
      'Målet är fler kvinnor som startar och driver sociala företag.',
      'Deltagarna får kunskap om budget, avtal och upphandling.',
      'Vi följer upp hur många företag som startas och hur de går efter två år.',
    ],
  },
  {
    sdgs: [12, 11, 13],
    groups: ['hyresgäster', 'barnfamiljer i området', 'grannar i kvarteret'],
    activities: [
      {
        title: 'Verktygsbibliotek i källaren',
        sentence:
          '{vem} öppnar ett verktygsbibliotek i källaren där {grupp} i {ort} lånar i stället för att köpa.',
      },
      { title: 'Klädbyte varje månad', sentence: '{vem} ordnar klädbyten varje månad för {grupp} i {ort}.' },
      {
        title: 'Lagningskvällar',
        sentence:
          '{vem} håller lagningskvällar där {grupp} i {ort} lagar cyklar, kläder och elektronik tillsammans.',
      },
      {
        title: 'Delningsskåp på gården',
        sentence: '{vem} ställer delningsskåp på gården där {grupp} i {ort} lämnar och hämtar saker.',
      },
    ],
    outcomes: [
      'Målet är mindre avfall, lägre kostnader och fler möten mellan grannar.',
      'Vi räknar hur många saker som lånas, lagas och återbrukas.',
      'Bostadsbolaget följer upp mängden grovsopor i området.',
    ],
  },
  {
    sdgs: [7, 11, 13, 1],
    groups: ['hyresgäster i äldre hyreshus', 'hushåll med låga inkomster', 'äldre hyresgäster'],
    activities: [
      {
        title: 'Energikaféer',
        sentence: '{vem} håller energikaféer där {grupp} i {ort} lär sig spara el och värme.',
      },
      {
        title: 'Solceller på taket',
        sentence:
          '{vem} planerar solceller på taket tillsammans med {grupp} i {ort}, så att elen blir billigare.',
      },
      {
        title: 'Tätning av fönster',
        sentence: '{vem} hjälper {grupp} i {ort} att täta fönster och dörrar inför vintern.',
      },
      {
        title: 'Elmätare i lägenheten',
        sentence: '{vem} sätter upp mätare så att {grupp} i {ort} ser sin energianvändning varje dag.',
      },
    ],
    outcomes: [
      'Målet är lägre energianvändning och lägre kostnader utan högre hyror.',
      'Vi mäter energianvändningen före och efter tillsammans med bostadsbolaget.',
      'Hyresgästerna är med och bestämmer vilka åtgärder som prövas först.',
    ],
  },
];
