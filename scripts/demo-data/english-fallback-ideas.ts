import type { IdeaTemplate } from './swedish-ideas';

/**
 * Hand-written English idea texts used only when the OpenIDEO data folder is absent, so the demo still
 * runs from a clone without it (the loader says so); most fallback ideas are composed instead
 * (`english-idea-themes.ts`). `{ort}` becomes a place in Skåne.
 */
export const englishFallbackIdeas: IdeaTemplate[] = [
  {
    title: 'School garden cooking club',
    description:
      'Children grow vegetables in a school garden in {ort} and cook them with a chef once a week, then take recipes and a bag of produce home to their families.',
    sdgs: [2, 3, 4],
  },
  {
    title: 'Peer tutoring over mobile phones',
    description:
      'University students tutor newly arrived teenagers in maths and Swedish through a free mobile app, with lending laptops from the library in {ort}.',
    sdgs: [4, 10],
  },
  {
    title: 'Donor day at the football club',
    description:
      'Football clubs in {ort} host a donor day where players and fans register as blood and stem cell donors together, with stories from people whose lives were saved.',
    sdgs: [3],
  },
  {
    title: 'Text message reminders for new parents',
    description:
      'Expecting parents get reminders and trusted health advice by text message in their own language, and can chat with a midwife at the clinic in {ort}.',
    sdgs: [3, 5],
  },
  {
    title: 'Healthy food shop run as a social business',
    description:
      'A social business opens an affordable shop with fresh food and cooking classes in a low-income neighbourhood of {ort}, employing people who were long-term unemployed.',
    sdgs: [3, 8, 10],
  },
  {
    title: 'Easy-read voting guide and ride to the polls',
    description:
      'An easy-read guide in many languages explains how to vote, and volunteers drive older and disabled voters in {ort} to polling stations on election day.',
    sdgs: [16, 10],
  },
  {
    title: 'Mobile shower van',
    description:
      'A van with showers and washing machines visits the places where homeless people in {ort} sleep, run together with the guests themselves.',
    sdgs: [6, 1],
  },
  {
    title: 'Digital helpers in the laundry room',
    description:
      'Young tenants help older neighbours in {ort} with e-ID, banking apps and video calls at weekly drop-in hours in the building, over coffee.',
    sdgs: [10, 4],
  },
  {
    title: 'Village car club with electric cars',
    description:
      'Villagers around {ort} share a few electric cars booked by app or phone, so people without a car can reach work, school and health care.',
    sdgs: [11, 13],
  },
  {
    title: 'Repair cafe for the neighbourhood',
    description:
      'Neighbours in {ort} meet monthly to repair clothes, bikes and electronics together, reducing waste and getting to know each other.',
    sdgs: [12, 11],
  },
];
