import type { Challenge } from '@suite/contracts';

/**
 * English demo challenges. Several echo the themes of the OpenIDEO challenges whose ideas fill the
 * demo (fresh food for children, learning tools, donors, maternal health, sanitation, elections), so
 * the shortlists have real candidates; the texts are this project's own.
 */
export const englishChallenges: Challenge[] = [
  {
    id: 'ch-fresh-food-children',
    organisationId: 'org-region-skane',
    title: 'Help children discover, cook and enjoy fresh food',
    description:
      'Many children in Skåne eat few vegetables and know little about where food comes from. We are looking for ideas that make fresh, healthy food exciting for children and their families: school gardens, cooking clubs, games, packaging, stories or visits to farms. Ideas should help children make better choices themselves and should be testable in a few schools and after-school clubs.',
    locale: 'en',
    sdgs: [2, 3, 4],
    sdgTargets: ['2.2', '3.4'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-05-31T21:59:59Z',
  },
  {
    id: 'ch-learning-tools-newcomers',
    organisationId: 'org-helsingborgs-stad',
    title: 'Affordable learning tools for students who are new to the country',
    description:
      'Students who arrive in Sweden as teenagers have a few years to learn a new language and catch up with the curriculum. Many cannot afford computers, tutoring or books at home. We invite ideas for affordable learning tools and services - mobile apps, peer tutoring, lending libraries, low-cost devices - that help these students learn faster and feel included at school.',
    locale: 'en',
    sdgs: [4, 10],
    sdgTargets: ['4.1', '4.5'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-04-30T21:59:59Z',
  },
  {
    id: 'ch-donor-registration',
    organisationId: 'org-region-skane',
    title: 'More registered blood and stem cell donors',
    description:
      'Hospitals in the region need more blood donors and more people registered as stem cell (bone marrow) donors, especially young people and people with diverse backgrounds. We are looking for ideas that make registration easy and meaningful, reach new groups through schools, workplaces, sport and social media, and keep donors engaged so they come back.',
    locale: 'en',
    sdgs: [3],
    sdgTargets: ['3.8'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-03-31T21:59:59Z',
  },
  {
    id: 'ch-mobile-support-parents',
    organisationId: 'org-region-skane',
    title: 'Mobile support for expecting and new parents',
    description:
      'Some expecting and new mothers miss check-ups at maternity and child health clinics, often because of language, distance or a hard life situation. We seek ideas that use mobile phones and other simple technology to give parents reliable information, reminders and contact with midwives and nurses, and that help clinics reach the families who need them most.',
    locale: 'en',
    sdgs: [3, 5],
    sdgTargets: ['3.1', '3.7'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-06-30T21:59:59Z',
  },
  {
    id: 'ch-social-business-health',
    organisationId: 'org-ideburna-skane',
    title: 'Social businesses that improve health in low-income neighbourhoods',
    description:
      'Life expectancy differs by several years between neighbourhoods in the same city. We are looking for social businesses that improve health where incomes are low: affordable healthy food, exercise, health information in many languages, or jobs that also build health. The business model should cover its own costs after a pilot with us.',
    locale: 'en',
    sdgs: [3, 8, 10],
    sdgTargets: ['3.4', '10.2'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-05-15T21:59:59Z',
  },
  {
    id: 'ch-accessible-elections',
    organisationId: 'org-helsingborgs-stad',
    title: 'An accessible election experience for everyone',
    description:
      'Turnout is low among young people, newcomers and people with disabilities. We want every eligible resident to understand how to vote, reach a polling station or vote early, and cast their vote independently. We welcome ideas for information, accessible design, transport and digital tools that can be tested in the next election.',
    locale: 'en',
    sdgs: [16, 10],
    sdgTargets: ['16.7', '10.2'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-01-31T22:59:59Z',
  },
  {
    id: 'ch-sanitation-homelessness',
    organisationId: 'org-ideburna-skane',
    title: 'Sanitation and hygiene for people without a home',
    description:
      'People who are homeless struggle to find toilets, showers and places to wash clothes, which harms their health and dignity. We are looking for ideas that improve access to sanitation and hygiene in the city, such as mobile showers, partnerships with sports halls, or better managed public toilets, run together with the people who use them.',
    locale: 'en',
    sdgs: [6, 1, 11],
    sdgTargets: ['6.2', '1.4'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-03-15T22:59:59Z',
  },
  {
    id: 'ch-digital-inclusion-seniors',
    organisationId: 'org-oresund-fastigheter',
    title: 'Digital inclusion for older tenants',
    description:
      'More and more everyday services - banking, health care, booking a laundry slot - need a smartphone and an e-ID. Many of our older tenants are left out and feel lonely. We look for ideas that help older people use digital services safely and confidently, for example with neighbours or young people as digital guides in our buildings.',
    locale: 'en',
    sdgs: [10, 4, 9],
    sdgTargets: ['10.2', '4.4', '9.c'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-04-01T21:59:59Z',
  },
  {
    id: 'ch-rural-mobility',
    organisationId: 'org-region-skane',
    title: 'Getting around rural Skåne without a car',
    description:
      'In the countryside buses are rare, and people without a car find it hard to reach work, school and health care. We want to test ideas for shared, affordable and low-carbon mobility - ride sharing, demand-responsive transport, bike pools, village car clubs - that also strengthen the local community.',
    locale: 'en',
    sdgs: [11, 13, 9],
    sdgTargets: ['11.2', '13.2'],
    region: 'Skåne',
    status: 'open',
    deadline: '2027-06-30T21:59:59Z',
  },
];
