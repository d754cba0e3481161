/**
 * Swedish idea texts written for the demo. `{ort}` becomes a place in Skåne, and the generator adds
 * one of the `approaches` sentences, so two innovators with the same theme still write differently.
 */
export interface IdeaTemplate {
  title: string;
  description: string;
  sdgs: number[];
}

export const swedishIdeaTemplates: IdeaTemplate[] = [
  {
    title: 'Fikavänner - äldre och unga möts varje vecka',
    description:
      'Vi parar ihop äldre som bor ensamma i {ort} med gymnasieelever som vill träffa någon en gång i veckan för fika, promenad eller ett samtal. Eleverna får praktik i bemötande och de äldre får sällskap och någon att se fram emot.',
    sdgs: [3, 10, 11],
  },
  {
    title: 'Telefonkedjan mot ensamhet',
    description:
      'Ett nätverk av frivilliga ringer äldre som har nedsatt rörlighet varje dag på en fast tid. Samtalen bryter ensamheten, upptäcker tidigt om någon behöver hjälp och leder vidare till träffpunkter och föreningar i {ort}.',
    sdgs: [3, 10],
  },
  {
    title: 'Promenadvänner för äldre med rullator',
    description:
      'Frivilliga promenadvänner hämtar äldre som sällan går ut och tar en promenad tillsammans två gånger i veckan i {ort}. Rörelsen minskar risken för fall, och samtalen bryter ensamheten som många äldre lever med.',
    sdgs: [3, 10, 11],
  },
  {
    title: 'Sagostund över video - förskolebarn och äldre',
    description:
      'Förskolebarn i {ort} läser, sjunger och ritar tillsammans med äldre på särskilt boende via videosamtal varje vecka, och träffas på riktigt en gång i månaden. Generationerna möts och de äldre känner sig mindre ensamma.',
    sdgs: [3, 4, 10],
  },
  {
    title: 'Grannträffar i trapphuset',
    description:
      'Bostadsbolaget och hyresgästföreningen i {ort} bjuder in äldre grannar till fika och gemensamma aktiviteter i trapphuset och gården, så att ensamboende äldre lär känna sina grannar och vet vem de kan be om hjälp.',
    sdgs: [11, 10, 3],
  },
  {
    title: 'Sociala sensorer på äldreboendet',
    description:
      'Diskreta sensorer och en enkel surfplatta hjälper personalen att se när en boende är orolig på natten, och låter anhöriga skicka bilder och röstmeddelanden. Vi vill testa välfärdstekniken på ett särskilt boende i {ort} tillsammans med personalen.',
    sdgs: [3, 9],
  },
  {
    title: 'Första jobbet - unga coachar unga',
    description:
      'Unga vuxna som själva har stått utanför arbete och studier blir coacher för andra unga i {ort}. Tillsammans med lokala arbetsgivare ordnar vi korta praktikperioder, CV-kvällar och ett första lönejobb, med stöd hela vägen.',
    sdgs: [8, 4, 10],
  },
  {
    title: 'Lärlingsverkstad i ett socialt företag',
    description:
      'Ett arbetsintegrerande socialt företag som renoverar cyklar och möbler tar emot unga som lärlingar. De lär sig ett yrke, får lön och betyg på sina kunskaper, och verkstaden säljer de renoverade sakerna i {ort}.',
    sdgs: [8, 12, 4],
  },
  {
    title: 'Språkcafé i lanthandeln',
    description:
      'Varje vecka blir lanthandeln i {ort} ett språkcafé där nyanlända och ortsbor pratar svenska över en kopp kaffe. Vi kopplar ihop deltagarna med lokala företag och föreningar som behöver folk, så att språket övas i riktiga sammanhang.',
    sdgs: [10, 4, 8],
  },
  {
    title: 'Odlingslotter som integrationsplats',
    description:
      'Gemensamma odlingar där nyanlända familjer och grannar odlar grönsaker tillsammans, lär sig språket i trädgården och säljer skörden på torget i {ort}. Odlingen blir en mötesplats och ett första steg mot eget företagande.',
    sdgs: [10, 2, 11],
  },
  {
    title: 'Svinnkollen i skolköket',
    description:
      'Elever väger matsvinnet varje dag med en enkel våg och app, och köket ändrar menyn efter resultatet. Överskottet går till en lokal matbank i {ort}. Målet är att halvera svinnet och öka andelen säsongens grönsaker.',
    sdgs: [12, 2, 4],
  },
  {
    title: 'Lokala råvaror till sjukhusköket',
    description:
      'En digital marknadsplats låter små jordbrukare runt {ort} sälja säsongsanpassade råvaror direkt till offentliga kök. Vi förenklar upphandlingen, planerar menyerna efter skörden och följer upp klimatavtrycket per måltid.',
    sdgs: [2, 12, 13],
  },
  {
    title: 'Samtalsrum för unga på fritidsgården',
    description:
      'Unga i {ort} kan boka ett anonymt samtal med en utbildad samtalsledare på fritidsgården eller via chatt. Vi erbjuder också gruppträffar om sömn, stress och oro, för att ge stöd innan den psykiska ohälsan blir allvarlig.',
    sdgs: [3, 4],
  },
  {
    title: 'Rörelse på recept för unga',
    description:
      'Unga som mår dåligt får träna tillsammans med en ledare och andra i samma situation, två gånger i veckan. Idrottsföreningar i {ort} öppnar sina lokaler och ungdomsmottagningen hänvisar deltagarna.',
    sdgs: [3, 10],
  },
  {
    title: 'Affärsskola för kvinnor i förorten',
    description:
      'En tolv veckors affärsskola där kvinnor med idéer för sitt bostadsområde utvecklar en affärsmodell, pitchar för behovsägare och får mentorer. Vi samarbetar med banker och kommunen i {ort} för att ge tillgång till startkapital.',
    sdgs: [5, 8, 10],
  },
  {
    title: 'Kooperativ catering drivs av kvinnor',
    description:
      'Ett kooperativ av kvinnor som lagar mat från sina hemländer och levererar catering till företag och kommunens evenemang i {ort}. Kooperativet ger jobb, gemenskap och en väg in på arbetsmarknaden.',
    sdgs: [5, 8, 2],
  },
  {
    title: 'Fritidsbank och lagningscafé i trapphuset',
    description:
      'Grannar lånar ut och lånar sport- och fritidsutrustning gratis, och en gång i månaden lagar vi kläder, cyklar och elektronik tillsammans i bostadsområdet i {ort}. Återbruket minskar avfallet och skapar nya kontakter.',
    sdgs: [12, 11, 13],
  },
  {
    title: 'Bytesappen för grannar',
    description:
      'En enkel app där grannar i {ort} ger bort, byter och lånar saker i sitt eget kvarter. Bostadsbolaget ställer ut en bytesbod i tvättstugan, och vi mäter hur många kilo som aldrig blir avfall.',
    sdgs: [12, 11],
  },
  {
    title: 'Energiombud bland hyresgästerna',
    description:
      'Hyresgäster utbildas till energiombud som på flera språk visar grannarna hur man sänker elräkningen med enkla åtgärder. Besparingen delas mellan hyresgästerna och fastighetsägaren i {ort}, så att ingen får högre hyra.',
    sdgs: [7, 13, 1],
  },
  {
    title: 'Digitala guider i biblioteket',
    description:
      'Ungdomar med sommarjobb hjälper äldre att använda bank-id, vårdappar och videosamtal på biblioteket i {ort}. De äldre blir tryggare digitalt och ungdomarna får sin första arbetslivserfarenhet.',
    sdgs: [10, 4, 8],
  },
  {
    title: 'Byabussen - anropsstyrd samåkning',
    description:
      'Invånare i byarna runt {ort} bokar en plats i en elbuss eller privatbil via sms eller app. Samåkningen fyller ut kollektivtrafiken, minskar utsläppen och gör det lättare att ta sig till jobb och vårdcentral utan egen bil.',
    sdgs: [11, 13, 9],
  },
  {
    title: 'Mammagrupper på många språk',
    description:
      'Barnmorskor och kulturtolkar leder träffar för blivande och nyblivna mammor på arabiska, somaliska, dari och svenska i {ort}. Deltagarna får påminnelser via sms och hittar till barnavårdscentralen.',
    sdgs: [3, 5, 10],
  },
  {
    title: 'Dusch och tvätt för hemlösa i idrottshallen',
    description:
      'Idrottshallar i {ort} öppnar sina duschar och tvättmaskiner för personer i hemlöshet två kvällar i veckan. Frivilliga från föreningslivet tar emot och gästerna är med och driver verksamheten.',
    sdgs: [6, 1, 3],
  },
];

export const swedishPlaces: readonly string[] =
  'Helsingborg Malmö Lund Landskrona Kristianstad Hässleholm Ystad Svalöv Röstånga Trelleborg Eslöv Ängelholm'.split(
    ' ',
  );

export const approaches: readonly string[] = [
  'Vi har redan testat idén i liten skala och vill nu pröva den hos en behovsägare.',
  'Idén bygger på samverkan mellan idéburen sektor, kommunen och lokala företag.',
  'Vi vill utveckla en hållbar affärsmodell så att verksamheten kan leva vidare efter projektet.',
  'Deltagarna är med och formar lösningen från början, i workshoppar och tester.',
  'Vi följer upp resultaten tillsammans med forskare vid ett universitet i regionen.',
  'Lösningen är enkel att sprida till fler orter i Skåne när den fungerar.',
];
