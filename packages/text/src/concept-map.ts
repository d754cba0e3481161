/**
 * Everyday bilingual concepts that are not specific to one SDG but often carry a match between a
 * Swedish challenge and an English idea (or the other way round): `[id, english forms, swedish forms]`.
 * Written for this project; forms are dictionary words separated by `|`, phrases have spaces.
 */
export const GENERAL_CONCEPTS: ReadonlyArray<readonly [id: string, en: string, sv: string]> = [
  ['child', 'child|children|kid|kids|childhood', 'barn|barnen|unge|ungar|barndom'],
  [
    'youth',
    'youth|young people|teenager|teenagers|adolescent|adolescents|young adults',
    'ungdom|ungdomar|unga|tonåring|tonåringar|unga vuxna',
  ],
  [
    'elderly',
    'elderly|older people|older adults|seniors|senior citizens|ageing|aging|retirees',
    'äldre|seniorer|pensionärer|åldrande|äldreomsorg',
  ],
  [
    'family',
    'family|families|parents|parent|parenting|household|households',
    'familj|familjer|föräldrar|förälder|föräldraskap|hushåll',
  ],
  [
    'community',
    'community|communities|local community|grassroots|neighbours|neighbors|residents',
    'lokalsamhälle|gemenskap|grannar|boende|invånare|gräsrot',
  ],
  [
    'volunteer',
    'volunteer|volunteers|volunteering|voluntary',
    'volontär|volontärer|frivillig|frivilliga|ideellt arbete',
  ],
  ['citizen', 'citizen|citizens|public|people|inhabitants', 'medborgare|allmänheten|invånare|människor'],
  [
    'municipality',
    'municipality|municipalities|local government|city council|public sector',
    'kommun|kommuner|kommunen|offentlig sektor|stad|region',
  ],
  [
    'social-innovation',
    'social innovation|social innovator|social innovators|social impact|social entrepreneur|social entrepreneurship',
    'social innovation|sociala innovationer|social innovatör|sociala innovatörer|social påverkan|socialt entreprenörskap|samhällsentreprenör',
  ],
  [
    'challenge',
    'challenge|challenges|problem|problems|need|needs|societal challenge',
    'utmaning|utmaningar|problem|behov|samhällsutmaning|samhällsutmaningar|behovsägare',
  ],
  ['idea', 'idea|ideas|concept|proposal|solution|solutions', 'idé|idéer|koncept|förslag|lösning|lösningar'],
  [
    'design',
    'design|designer|designers|user experience|service design',
    'design|formgivning|designer|tjänstedesign|användarupplevelse',
  ],
  [
    'logo',
    'logo|logos|brand|branding|visual identity|typography',
    'logotyp|logga|varumärke|visuell identitet|typografi',
  ],
  [
    'awareness',
    'awareness|campaign|campaigns|outreach|information campaign|advertising|marketing',
    'medvetenhet|kampanj|kampanjer|informationskampanj|reklam|marknadsföring|uppmärksamhet',
  ],
  ['game', 'game|games|gamification|play|playful|toy|toys', 'spel|spelifiering|lek|leksak|leksaker'],
  [
    'network',
    'network|networks|social network|social media|online community|website|web',
    'nätverk|sociala medier|webbplats|hemsida|webb',
  ],
  [
    'information',
    'information|knowledge|guide|guidance|advice|counselling',
    'information|kunskap|vägledning|råd|rådgivning',
  ],
  [
    'money',
    'money|cost|costs|price|prices|affordable|cheap|funding|fund|donation|donations',
    'pengar|kostnad|kostnader|pris|priser|prisvärd|billig|finansiering|donation|gåva',
  ],
  ['test', 'pilot|test|testing|experiment|trial|test bed', 'pilot|test|testa|försök|testmiljö|testbädd'],
  ['support', 'support|help|assistance|coaching|mentoring', 'stöd|stötta|hjälp|bistånd|coachning|mentorskap'],
  ['work', 'work|working|job|occupation', 'arbete|arbeta|jobb|yrke'],
  ['home', 'home|homes|house|houses', 'hem|hemma|hus|villa'],
  ['village', 'village|villages|rural|countryside', 'by|byar|landsbygd|glesbygd'],
  ['school-meal', 'school lunch|school meals|cafeteria|canteen', 'skollunch|skolmat|matsal'],
  [
    'registration',
    'registration|register|sign up|signup|enrol|enroll',
    'registrering|registrera|anmälan|anmäla|registrera sig',
  ],
  [
    'vote',
    'vote|voting|voter|ballot|election|elections|polling',
    'rösta|röstning|väljare|valsedel|allmänna val|valet|vallokal',
  ],
  ['donor', 'donor|donors|donate|donation|donating', 'donator|donatorer|donera|donation|givare'],
  [
    'mobile',
    'mobile|mobile phone|cell phone|cellphone|smartphone|sms|text message|app',
    'mobil|mobiltelefon|smartphone|sms|app|sms-meddelande',
  ],
  [
    'sustainability',
    'sustainability|sustainable|sustainable development|agenda 2030|sdg|sdgs|global goals',
    'hållbarhet|hållbar|hållbar utveckling|agenda 2030|globala målen',
  ],
  [
    'gender-balance',
    'gender balance|gender balanced|equal selection|gender equal',
    'jämställt urval|jämställd|könsbalans|jämställt',
  ],
];
