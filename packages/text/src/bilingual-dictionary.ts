/**
 * Swedish -> English word pairs for query translation, written for this project (no external word
 * list): the everyday vocabulary of challenges and ideas about public services, welfare, health,
 * learning, work, environment, technology and civic life. One line per Swedish word: the Swedish
 * word first, then its English equivalents. Words are stemmed when the dictionary is compiled, so
 * one line covers the inflections (and, through compound parts, the compounds) of both languages.
 * The lexicon and concept map bridge topics; this bridges the plain words around them.
 */
export const SWEDISH_ENGLISH = `
barn child children kid kids
unge youth young
ungdom youth teenager adolescent
elev pupil student
student student students
lärare teacher teachers
skola school schools
förskola preschool kindergarten
utbildning education training
undervisning teaching instruction
lärande learning
läromedel textbook textbooks
kurs course courses
bok book books
läsa read reading
skriva write writing
språk language languages
kunskap knowledge
kompetens skills competence
färdighet skill skills
universitet university
forskning research
forskare researcher researchers
hälsa health
hälsosam healthy
sjukdom disease illness
sjuk sick ill
vård care healthcare
sjukvård healthcare
sjukhus hospital hospitals
klinik clinic clinics
vårdcentral clinic
läkare doctor doctors physician
sjuksköterska nurse nurses
barnmorska midwife midwives
patient patient patients
medicin medicine medication
vaccin vaccine vaccines
vaccination vaccination immunization
mödra maternal
mor mother
mamma mother mom
gravid pregnant
graviditet pregnancy
förlossning childbirth delivery birth
nyfödd newborn
spädbarn infant baby babies
benmärg bone marrow
givare donor donors
donator donor donors
blod blood
rädda save rescue
liv life lives
dö die death
död death dead
psykisk mental
ensamhet loneliness
äldre elderly older seniors
pensionär pensioner retiree
funktionsnedsättning disability disabilities
tillgänglig accessible available
tillgänglighet accessibility access
tillgång access
mat food
livsmedel food groceries
färsk fresh
frukt fruit fruits
grönsak vegetable vegetables
måltid meal meals
lunch lunch
äta eat eating
kost diet nutrition
näring nutrition
hunger hunger
odla grow farming
odling farming cultivation garden
trädgård garden
bonde farmer
lantbrukare farmer farmers
jordbruk agriculture farming
vatten water
dricksvatten drinking water
toalett toilet toilets latrine
latrin latrine latrines
sanitet sanitation
avlopp sewage sewer
avfall waste
sopor garbage trash waste
skräp litter trash
mänsklig human
människa human person people
människor people
hygien hygiene
tvätta wash washing
ren clean
smutsig dirty
energi energy
el electricity power
sol sun solar
solcell solar panel
ljus light lighting
lampa lamp light
värme heat heating
bränsle fuel
klimat climate
utsläpp emissions pollution
miljö environment
natur nature
luft air
skog forest forests
träd tree trees
djur animal animals
hav ocean sea
plast plastic
återvinning recycling
återvinna recycle
återbruk reuse
stad city cities urban
städer cities
stadsdel neighbourhood district
förort suburb
by village villages
landsbygd rural countryside
kommun municipality
region region
land country
länder countries
utvecklingsland developing country
utvecklingsländer developing countries
låginkomst income low-income
verktyg tool tools
benmärg marrow
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
