/** Swedish -> English pairs for civic life: community, housing, transport, economy and work, and the general verbs of challenges. Format and origin: see bilingual-dictionary.ts. */
export const SWEDISH_ENGLISH_SOCIETY = `
samhälle society community communities
gemenskap community
grannskap neighbourhood
granne neighbour neighbor
bostad housing home
hem home
hus house houses
boende residents housing
hemlös homeless
hemlöshet homelessness
transport transport transportation
trafik traffic
buss bus
cykel bicycle bike
väg road
gata street
fattig poor
fattigdom poverty
inkomst income
pengar money
pris price cost
prisvärd affordable
billig cheap affordable
kostnad cost costs
gratis free
ekonomi economy
företag company business
företagande entrepreneurship business
socialt social
social social
entreprenör entrepreneur
arbete work labour
arbeta work
jobb job jobs
anställning employment job
arbetslös unemployed
arbetslöshet unemployment
lön wage salary
handel trade
marknad market
kund customer
tjänst service services
produkt product products
lösning solution solutions
lösa solve
idé idea ideas
förslag proposal suggestion
innovation innovation
innovatör innovator innovators
ledare leader leaders
ledarskap leadership
global global
världen world
lokal local
nationell national
internationell international
utmaning challenge challenges
problem problem problems
behov need needs
förbättra improve
förbättring improvement
öka increase
minska reduce decrease
skapa create
bygga build
utforma design
design design
logotyp logo
symbol symbol icon
varumärke brand
inspirerande inspirational inspiring
inspiration inspiration
kreativ creative
konst art
musik music
kultur culture
spel game games
lek play
idrott sport sports
teknik technology
teknologi technology
mobil mobile phone
mobiltelefon mobile phone cellphone
telefon phone
app app apps
digital digital
dator computer computers
internet internet online
webb web website
sms sms text message
data data
information information
kommunikation communication
nätverk network
medvetenhet awareness
kampanj campaign
utbilda educate train
informera inform
dela share sharing
hjälp help
hjälpa help
stöd support
stötta support
volontär volunteer volunteers
frivillig volunteer voluntary
förening association organisation
organisation organization organisation
myndighet agency authority
regering government
politik politics policy
politiker politician politicians
val election elections choice
välja choose select
rösta vote voting
röst vote voice
väljare voter voters
demokrati democracy
medborgare citizen citizens
rättighet right rights
lag law
säkerhet security safety
trygghet safety security
brott crime
kriminalitet crime criminality
förebygga prevent prevention
polis police
våld violence
kvinna woman women
kvinnor women
flicka girl girls
man man men
pojke boy boys
familj family families
förälder parent parents
jämställdhet gender equality
ojämlikhet inequality
integration integration
flykting refugee refugees
invandrare immigrant immigrants
migrant migrant migrants
mångfald diversity
inkludering inclusion
delaktighet participation
deltagande participation
engagemang engagement
upplevelse experience
erfarenhet experience
alla everyone all
fler more
bättre better
ny new
nya new
snabb fast quick
enkel simple easy
säker safe secure
trygg safe
hållbar sustainable
hållbarhet sustainability
framtid future
förändring change
effekt impact effect
resultat result results
mål goal target
plan plan
program programme program
projekt project projects
tävling competition contest
pris prize award
belöning reward incentive
motivation motivation
beteende behaviour behavior
vana habit habits
val choice choices
fördel benefit benefits
nytta benefit
risk risk
kris crisis
katastrof disaster
nöd emergency
fred peace
krig war
`;
