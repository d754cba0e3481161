/** Swedish -> English pairs for public services: children and learning, health and care, food, energy, environment and technology. Format and origin: see bilingual-dictionary.ts. */
export const SWEDISH_ENGLISH_SERVICES = `
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
`;
