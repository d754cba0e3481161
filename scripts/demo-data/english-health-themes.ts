import type { EnglishIdeaTheme } from './english-idea-themes';

/** Composed English ideas for the health challenges: food, donors, parents, neighbourhoods, hygiene. */
export const englishHealthThemes: readonly EnglishIdeaTheme[] = [
  {
    challengeId: 'ch-fresh-food-children',
    sdgs: [2, 3, 4],
    actors: ['A local farm', 'The school kitchen', "A parents' association", 'The after-school club'],
    groups: [
      'primary school children',
      'preschool children and their parents',
      'children who rarely eat vegetables',
      'families with young children',
      'children at after-school clubs',
    ],
    activities: [
      {
        title: 'School garden',
        sentence:
          '{actor} plants a school garden where {group} in {place} grow vegetables and herbs from seed to harvest.',
      },
      {
        title: 'Cooking club with a chef',
        sentence:
          '{actor} runs a cooking club with a chef where {group} in {place} cook fresh food and take the recipes home.',
      },
      {
        title: 'Farm visits',
        sentence:
          '{actor} takes {group} in {place} to nearby farms to pick, taste and learn where food comes from.',
      },
      {
        title: 'Vegetable tasting game',
        sentence:
          '{actor} makes a card game that dares {group} in {place} to taste a new vegetable every week.',
      },
      {
        title: 'Fruit and vegetable snack boxes',
        sentence:
          '{actor} packs colourful boxes of seasonal fruit and vegetables for {group} in {place}, with a story on every box.',
      },
      {
        title: 'Market stall run by pupils',
        sentence:
          '{actor} helps {group} in {place} sell what they grow at the Saturday market and cook with what is left.',
      },
      {
        title: 'Family cooking evenings',
        sentence: '{actor} invites {group} in {place} to cook a cheap, healthy dinner together once a month.',
      },
    ],
    outcomes: [
      'The goal is that children choose fruit and vegetables themselves, at school and at home.',
      'We measure how many vegetables the children eat at the start and the end of a term.',
      'It can be tested in a few schools and after-school clubs this year.',
      'Teachers get simple lesson plans that link the food to science and maths.',
    ],
  },
  {
    challengeId: 'ch-donor-registration',
    sdgs: [3],
    actors: ['The football club', 'A student union', 'The blood centre', 'A youth association'],
    groups: [
      'young adults',
      'university students',
      'sports fans',
      'people with roots in many countries',
      'people who have never given blood',
    ],
    activities: [
      {
        title: 'Donor day at the stadium',
        sentence:
          '{actor} holds a donor day at the stadium where {group} in {place} register as blood and stem cell donors at half-time.',
      },
      {
        title: 'Swab kits by post',
        sentence:
          '{actor} lets {group} in {place} order a stem cell swab kit by text message and send it back by post.',
      },
      {
        title: 'Donor stories on social media',
        sentence:
          '{actor} shares short videos in which patients and donors tell {group} in {place} what a donation meant to them.',
      },
      {
        title: 'Blood bus on campus',
        sentence:
          '{actor} brings the blood bus to campuses and workplaces so {group} in {place} can give blood in their lunch break.',
      },
      {
        title: 'Donor buddies',
        sentence:
          '{actor} pairs first-time donors among {group} in {place} with experienced donors who come along to the first visit.',
      },
      {
        title: 'A thank-you text after each donation',
        sentence:
          '{actor} texts {group} in {place} when their blood has helped a patient and reminds them when they can give again.',
      },
      {
        title: 'Donor talks at clubs and places of worship',
        sentence:
          '{actor} gives short talks on blood and bone marrow donation to {group} in {place} at clubs, schools and places of worship.',
      },
    ],
    outcomes: [
      'The goal is more registered donors, especially young people and people with diverse backgrounds.',
      'Donors stay engaged and come back, not just once.',
      'We count new registrations and how many donors return within a year.',
      'Registering takes five minutes and can be done on the spot.',
    ],
  },
  {
    challengeId: 'ch-mobile-support-parents',
    sdgs: [3, 5],
    actors: [
      'The child health clinic',
      'A team of midwives',
      'A network of cultural interpreters',
      'The family centre',
    ],
    groups: [
      'expecting mothers',
      'young first-time parents',
      'parents who are new to Sweden',
      'families far from a clinic',
      'parents of newborns',
    ],
    activities: [
      {
        title: 'Text message reminders',
        sentence:
          '{actor} sends {group} in {place} reminders of check-ups and vaccinations by text message in their own language.',
      },
      {
        title: 'Evening chat with a midwife',
        sentence: '{actor} lets {group} in {place} chat with a midwife or nurse on weekday evenings.',
      },
      {
        title: 'Pregnancy app in many languages',
        sentence:
          '{actor} builds a simple app with trusted week-by-week advice for {group} in {place} in Arabic, Somali, Dari and Swedish.',
      },
      {
        title: 'Video check-ups between visits',
        sentence:
          '{actor} offers {group} in {place} short video check-ups between clinic visits, so fewer miss an appointment.',
      },
      {
        title: 'Voice messages on feeding and sleep',
        sentence:
          '{actor} records voice messages on feeding, sleep and health for {group} in {place} who prefer listening to reading.',
      },
      {
        title: 'Free rides to the maternity clinic',
        sentence: '{actor} books free rides to the maternity clinic for {group} in {place} who have no car.',
      },
      {
        title: 'Parent group chat with a nurse',
        sentence:
          '{actor} runs a moderated group chat where {group} in {place} support each other, with a nurse on hand.',
      },
    ],
    outcomes: [
      'The goal is that no family misses the check-ups at maternity and child health clinics.',
      'Clinics reach the families who need them most, not only those who call themselves.',
      'We follow how many appointments are kept and how safe the parents feel.',
      'Midwives and nurses help write the content, so the information is reliable.',
    ],
  },
  {
    challengeId: 'ch-social-business-health',
    sdgs: [3, 8, 10],
    actors: [
      'A social enterprise',
      "A women's cooperative",
      'A work-integration social enterprise',
      'A sports club',
    ],
    groups: [
      'residents of low-income neighbourhoods',
      'long-term unemployed adults',
      'families on low incomes',
      'older residents who rarely exercise',
      'newly arrived families',
    ],
    activities: [
      {
        title: 'Affordable healthy food shop',
        sentence:
          '{actor} opens a shop with fresh, affordable food for {group} in {place}, staffed by people who were out of work.',
      },
      {
        title: 'Health guides in many languages',
        sentence:
          '{actor} trains and employs health guides who give {group} in {place} health information in their own language.',
      },
      {
        title: 'Outdoor training with local trainers',
        sentence:
          '{actor} runs low-cost outdoor training for {group} in {place}, led by trainers hired from the neighbourhood.',
      },
      {
        title: 'Healthy lunch boxes from a social kitchen',
        sentence:
          '{actor} cooks cheap, healthy lunch boxes for {group} in {place} and sells them to local workplaces as well.',
      },
      {
        title: 'Walking club with health checks',
        sentence:
          '{actor} starts a walking club for {group} in {place} with a blood pressure check every month.',
      },
      {
        title: 'Bike workshop and cycling school',
        sentence:
          '{actor} repairs second-hand bikes and teaches {group} in {place} to ride, with paid jobs in the workshop.',
      },
      {
        title: 'Cooking on a budget',
        sentence:
          '{actor} holds cooking classes in the community centre where {group} in {place} learn to cook healthy food on a budget.',
      },
    ],
    outcomes: [
      'The business covers its own costs from sales and contracts after the pilot.',
      'It creates jobs in the neighbourhood that also build health.',
      'We measure physical activity, eating habits and the number of jobs created.',
      'The goal is to narrow the health gap between neighbourhoods in the same city.',
    ],
  },
  {
    challengeId: 'ch-sanitation-homelessness',
    sdgs: [6, 1, 11],
    actors: ['A homeless charity', 'A church congregation', 'A group of volunteers', 'A social enterprise'],
    groups: [
      'people who are homeless',
      'people sleeping rough',
      'homeless women',
      'people living in their cars',
      'homeless EU migrants',
    ],
    activities: [
      {
        title: 'Mobile shower van',
        sentence:
          '{actor} drives a van with showers and washing machines to the places where {group} in {place} spend their days.',
      },
      {
        title: 'Showers at the sports hall',
        sentence: '{actor} opens the showers of a sports hall to {group} in {place} two evenings a week.',
      },
      {
        title: 'Laundry vouchers and a warm place to wait',
        sentence:
          '{actor} gives {group} in {place} vouchers for a launderette and a warm place to wait while the clothes dry.',
      },
      {
        title: 'Map of open toilets',
        sentence:
          '{actor} makes a map and text service that shows {group} in {place} which toilets are open, free and clean right now.',
      },
      {
        title: 'Hygiene kits designed with their users',
        sentence:
          '{actor} hands out hygiene kits with soap, sanitary products and razors to {group} in {place}, chosen together with them.',
      },
      {
        title: 'Public toilets kept open by peers',
        sentence:
          '{actor} pays {group} in {place} a fair wage to keep public toilets clean and open for longer hours.',
      },
      {
        title: 'Day centre with showers and lockers',
        sentence:
          '{actor} opens a day centre with showers, washing machines and lockers for {group} in {place}.',
      },
    ],
    outcomes: [
      'The goal is better health and dignity for people without a home.',
      'The guests run the service together with us and decide the opening hours.',
      'We count the visits and ask the guests what works and what does not.',
      'It uses showers and rooms the city already has, so it costs little to run.',
    ],
  },
];
