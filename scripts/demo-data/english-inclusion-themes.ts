import type { EnglishIdeaTheme } from './english-idea-themes';

/** Composed English ideas for the inclusion challenges: learning, voting, digital services, transport. */
export const englishInclusionThemes: readonly EnglishIdeaTheme[] = [
  {
    challengeId: 'ch-learning-tools-newcomers',
    sdgs: [4, 10],
    actors: [
      'A group of university students',
      'The public library',
      'A study association',
      'A network of retired teachers',
    ],
    groups: [
      'teenagers new to Sweden',
      'newly arrived upper secondary students',
      'students learning Swedish as a second language',
      'young newcomers who missed years of school',
      'students with no computer at home',
    ],
    activities: [
      {
        title: 'Peer tutoring by video call',
        sentence:
          '{actor} matches {group} in {place} with peer tutors who help with maths and Swedish over video calls in the evenings.',
      },
      {
        title: 'Laptop lending library',
        sentence:
          '{actor} lends refurbished laptops and tablets to {group} in {place} for the whole school year.',
      },
      {
        title: 'Homework café in two languages',
        sentence:
          '{actor} opens a homework café where {group} in {place} get help in Swedish and in their first language after school.',
      },
      {
        title: 'Picture dictionary app for school words',
        sentence:
          '{actor} builds a free picture dictionary app with the words of each school subject for {group} in {place}.',
      },
      {
        title: 'Textbooks as audiobooks',
        sentence:
          '{actor} records textbooks as audiobooks in Swedish and in home languages for {group} in {place}.',
      },
      {
        title: 'Study buddies in every class',
        sentence:
          '{actor} trains classmates as study buddies who welcome {group} in {place} and explain lessons in plain Swedish.',
      },
      {
        title: 'Maths videos in many languages',
        sentence:
          '{actor} makes short maths videos in many languages for {group} in {place}, following the Swedish curriculum.',
      },
    ],
    outcomes: [
      'The goal is that the students learn Swedish faster and catch up with the curriculum.',
      'The students feel included at school and always have someone to ask.',
      'We follow grades, attendance and how often the tools are used over a term.',
      'It costs little per student and uses devices and rooms the town already has.',
    ],
  },
  {
    challengeId: 'ch-accessible-elections',
    sdgs: [16, 10],
    actors: [
      'A youth association',
      'A disability rights association',
      'The public library',
      'A network of volunteers',
    ],
    groups: [
      'first-time voters',
      'newly arrived residents',
      'voters with disabilities',
      'voters with reading difficulties',
      'older voters',
    ],
    activities: [
      {
        title: 'Easy-read voting guide',
        sentence:
          '{actor} writes an easy-read guide to voting for {group} in {place}, with pictures and audio in many languages.',
      },
      {
        title: 'Try-out voting booth',
        sentence:
          '{actor} sets up a try-out voting booth where {group} in {place} can practise before the real day.',
      },
      {
        title: 'Rides to the polls',
        sentence:
          '{actor} drives {group} in {place} to polling stations and early voting, with a volunteer to help inside.',
      },
      {
        title: 'Accessibility check of polling stations',
        sentence:
          '{actor} walks through the polling stations with {group} in {place} and fixes what stops them voting on their own.',
      },
      {
        title: 'Short videos on how to vote',
        sentence:
          '{actor} makes short videos that show {group} in {place} how, when and where to vote, and how to vote early.',
      },
      {
        title: 'Early voting where people already go',
        sentence:
          '{actor} opens early voting at the library and the shopping centre so {group} in {place} can vote on the way.',
      },
      {
        title: 'Election ambassadors',
        sentence:
          '{actor} trains election ambassadors who talk with {group} in {place} at schools, clubs and language cafés.',
      },
    ],
    outcomes: [
      'The goal is higher turnout among young people, newcomers and people with disabilities.',
      'Every voter should understand how to vote and be able to cast their vote independently.',
      'It can be tested in the next election and evaluated together with the election authority.',
      'We compare turnout in the districts where it runs with similar districts.',
    ],
  },
  {
    challengeId: 'ch-digital-inclusion-seniors',
    sdgs: [10, 4, 9],
    actors: [
      'A group of young tenants',
      "The tenants' association",
      'The public library',
      "A pensioners' association",
    ],
    groups: [
      'older tenants',
      'older people living alone',
      'pensioners without a smartphone',
      'older neighbours',
      'older people with poor eyesight',
    ],
    activities: [
      {
        title: 'Digital guides in the building',
        sentence:
          '{actor} trains young people as digital guides who help {group} in {place} with e-ID, banking apps and video calls.',
      },
      {
        title: 'Drop-in hours in the laundry room',
        sentence:
          '{actor} holds weekly drop-in hours in the laundry room where {group} in {place} get help with their phones over coffee.',
      },
      {
        title: 'Smartphone lending with a starter course',
        sentence:
          '{actor} lends ready set-up smartphones to {group} in {place} for a month, with a short course to get started.',
      },
      {
        title: 'Staying safe online',
        sentence: '{actor} teaches {group} in {place} to spot scams and pay safely online, in small groups.',
      },
      {
        title: 'Booking the laundry slot by app',
        sentence:
          '{actor} shows {group} in {place} how to book a laundry slot, contact the landlord and report faults in the app.',
      },
      {
        title: 'Video calls with the family',
        sentence:
          '{actor} helps {group} in {place} set up video calls with children and grandchildren, and comes back a week later.',
      },
      {
        title: 'Phone helpline run by neighbours',
        sentence:
          '{actor} runs a helpline where {group} in {place} can call a neighbour for help with digital services.',
      },
    ],
    outcomes: [
      'The goal is that older people use digital services safely and with confidence.',
      'Neighbours get to know each other, so fewer older tenants feel lonely.',
      'We ask the participants how confident they feel before and after.',
      'The landlord lends rooms in the buildings, so it can run in every area.',
    ],
  },
  {
    challengeId: 'ch-rural-mobility',
    sdgs: [11, 13, 9],
    actors: ['A village association', 'A rural cooperative', 'A social enterprise', 'The local sports club'],
    groups: [
      'villagers without a car',
      'young people in the countryside',
      'older villagers',
      'rural commuters',
      'people who cannot drive',
    ],
    activities: [
      {
        title: 'Village car club with electric cars',
        sentence: '{actor} shares a few electric cars that {group} around {place} book by app or by phone.',
      },
      {
        title: 'Ride sharing by text message',
        sentence:
          '{actor} runs ride sharing where {group} around {place} offer and find seats by text message or app.',
      },
      {
        title: 'On-demand minibus to the train',
        sentence:
          '{actor} runs a minibus that picks up {group} around {place} on request and meets the train.',
      },
      {
        title: 'Electric bike pool at the bus stop',
        sentence:
          '{actor} keeps electric bikes that {group} around {place} can borrow for the ride to the nearest bus stop.',
      },
      {
        title: 'Shared rides to school and work',
        sentence:
          '{actor} organises shared rides so {group} around {place} reach school, work and the health centre on time.',
      },
      {
        title: 'Mobility hub at the village shop',
        sentence:
          '{actor} turns the village shop into a hub where {group} around {place} rent a bike, book a car or call the minibus.',
      },
      {
        title: 'Volunteer drivers to health care',
        sentence:
          '{actor} coordinates volunteer drivers who take {group} around {place} to the health centre and the hospital.',
      },
    ],
    outcomes: [
      'The goal is that people without a car can reach work, school and health care.',
      'It cuts carbon emissions and brings the village closer together.',
      'We count trips, shared seats and how much solo car travel it replaces.',
      'It fills the gaps between the rare buses instead of competing with them.',
    ],
  },
];
