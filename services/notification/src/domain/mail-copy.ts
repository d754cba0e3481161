import { type Gender, type Locale, sdgGoalNames } from '@suite/contracts';

export const sdgLabel = (locale: Locale, goal: number) =>
  `${goal} ${sdgGoalNames[locale][goal - 1] ?? ''}`.trim();

const groupNames: Record<Locale, Record<Gender, string>> = {
  en: { woman: 'Women', man: 'Men', non_binary: 'Non-binary', undisclosed: 'Not stated' },
  sv: { woman: 'Kvinnor', man: 'Män', non_binary: 'Icke-binära', undisclosed: 'Ej angivet' },
};

export const groupLabel = (locale: Locale, group: Gender) => groupNames[locale][group];

/** One person's group, as a list entry names it ("Kvinna", not "Kvinnor"). */
const personGroupNames: Record<Locale, Record<Gender, string>> = {
  en: { woman: 'Woman', man: 'Man', non_binary: 'Non-binary', undisclosed: 'Not stated' },
  sv: { woman: 'Kvinna', man: 'Man', non_binary: 'Icke-binär', undisclosed: 'Ej angivet' },
};

export const personGroupLabel = (locale: Locale, group: Gender) => personGroupNames[locale][group];

/** Each language by its own name, the same on every page. */
export const localeNames: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

/** Every fixed sentence of the emails and pages, in both languages. */
export const copy = {
  en: {
    greeting: (name: string) => `Hi ${name},`,
    subjectImmediate: 'New challenges that fit you',
    subjectDaily: (n: number) => `Your daily digest: ${n} new ${n === 1 ? 'challenge' : 'challenges'}`,
    subjectWeekly: (n: number) => `Your weekly digest: ${n} new ${n === 1 ? 'challenge' : 'challenges'}`,
    intro: 'These challenges from need owners match your ideas and interests:',
    from: 'from',
    why: 'Why',
    sharedThemes: 'shared themes',
    sdgs: 'SDGs',
    matchesProfile: 'it matches your profile',
    readMore: 'Read the challenge',
    footer: 'You get this email because you asked for challenge recommendations.',
    unsubscribe: 'Unsubscribe',
    preferences: 'Email preferences',
    shortlistSubject: (title: string) => `Shortlist ready: ${title}`,
    shortlistUpdatedSubject: (title: string) => `Shortlist updated: ${title}`,
    shortlistIntro: (title: string) =>
      `The shortlist for your challenge "${title}" is ready. The top entries:`,
    rank: '#',
    idea: 'Idea',
    group: 'Group',
    score: 'Score',
    balance: 'Balance',
    pool: 'in the pool',
    list: 'on the list',
    relaxed:
      'The pool could not meet the balance policy in full, so the list comes as close as it can (relaxed).',
    balanced: 'The list meets the balance policy in every prefix.',
    more: (n: number) => `and ${n} more`,
    openShortlist: 'Open the full shortlist',
    shortlistFooter: 'You get this email as the contact of a need owner in the suite.',
    unsubscribeTitle: 'Unsubscribe from recommendation emails',
    unsubscribeQuestion: 'Do you want to stop receiving challenge recommendations by email?',
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'You are unsubscribed',
    alreadyUnsubscribedTitle: 'You are already unsubscribed',
    unsubscribedText: 'You will not get any more challenge recommendations by email.',
    needOwner: 'Need owner',
    challengeClosed: 'This challenge is closed and takes no new ideas.',
    deadline: (when: string) => `Deadline: ${when}`,
    deadlinePassed: 'The deadline has passed',
    challengeNextSteps:
      'What happens next: your ideas are matched with this challenge as they are. The need owner sees a gender-balanced shortlist of innovators and contacts those they want to invite. Keep your ideas and profile up to date to be found.',
    submitIdea: 'Submit an idea',
    challengeMissing: 'Challenge not found',
    challengeMissingText: 'This challenge does not exist or is not published.',
    challengeGone: 'This challenge is closed',
    challengeGoneText: 'It takes no new ideas and is no longer shown here.',
    unsubscribedUndo: 'You can turn them on again at any time:',
    preferencesIntro: 'Choose how you get challenge recommendations by email.',
    preferencesEmail: 'Challenge recommendations by email',
    mailChoiceNames: {
      immediate: 'Right away',
      daily: 'A daily digest',
      weekly: 'A weekly digest',
      off: 'Off: no recommendation emails',
    },
    preferencesLanguage: 'Language',
    preferencesSave: 'Save',
    preferencesSaved: 'Your settings are saved.',
    preferencesNoMail: 'You get no challenge recommendations by email now.',
    linkInvalid: 'This link does not work',
    linkInvalidText:
      'The link is not valid or has expired. Use the link in the latest email you got from us. If that does not work either, contact the programme.',
  },
  sv: {
    greeting: (name: string) => `Hej ${name}!`,
    subjectImmediate: 'Nya utmaningar som passar dig',
    subjectDaily: (n: number) =>
      `Din dagliga sammanfattning: ${n} ${n === 1 ? 'ny utmaning' : 'nya utmaningar'}`,
    subjectWeekly: (n: number) =>
      `Din veckosammanfattning: ${n} ${n === 1 ? 'ny utmaning' : 'nya utmaningar'}`,
    intro: 'De här utmaningarna från behovsägare matchar dina idéer och intressen:',
    from: 'från',
    why: 'Varför',
    sharedThemes: 'gemensamma teman',
    sdgs: 'Globala mål',
    matchesProfile: 'den matchar din profil',
    readMore: 'Läs utmaningen',
    footer: 'Du får det här mejlet eftersom du har bett om rekommendationer av utmaningar.',
    unsubscribe: 'Avsluta prenumerationen',
    preferences: 'E-postinställningar',
    shortlistSubject: (title: string) => `Kortlistan är klar: ${title}`,
    shortlistUpdatedSubject: (title: string) => `Kortlistan är uppdaterad: ${title}`,
    shortlistIntro: (title: string) => `Kortlistan för er utmaning "${title}" är klar. De främsta förslagen:`,
    rank: '#',
    idea: 'Idé',
    group: 'Grupp',
    score: 'Poäng',
    balance: 'Balans',
    pool: 'i urvalet',
    list: 'på listan',
    relaxed:
      'Urvalet räckte inte för att uppfylla balanspolicyn helt, så listan kommer så nära som möjligt (avslappnad).',
    balanced: 'Listan uppfyller balanspolicyn i varje del av listan.',
    more: (n: number) => `och ${n} till`,
    openShortlist: 'Öppna hela kortlistan',
    shortlistFooter: 'Du får det här mejlet som kontaktperson för en behovsägare.',
    unsubscribeTitle: 'Avsluta rekommendationer via e-post',
    unsubscribeQuestion: 'Vill du sluta få rekommendationer av utmaningar via e-post?',
    unsubscribeButton: 'Avsluta prenumerationen',
    unsubscribedTitle: 'Du har avslutat prenumerationen',
    alreadyUnsubscribedTitle: 'Du har redan avslutat prenumerationen',
    unsubscribedText: 'Du får inga fler rekommendationer av utmaningar via e-post.',
    needOwner: 'Behovsägare',
    challengeClosed: 'Utmaningen är stängd och tar inte emot nya idéer.',
    deadline: (when: string) => `Sista dag: ${when}`,
    deadlinePassed: 'Sista dag har passerat',
    challengeNextSteps:
      'Så går det till: dina idéer matchas mot utmaningen som de är. Behovsägaren ser en jämställd kortlista med innovatörer och kontaktar dem hen vill bjuda in. Håll dina idéer och din profil uppdaterade så att du hittas.',
    submitIdea: 'Skicka in en idé',
    challengeMissing: 'Utmaningen hittades inte',
    challengeMissingText: 'Utmaningen finns inte eller är inte publicerad.',
    challengeGone: 'Utmaningen är stängd',
    challengeGoneText: 'Den tar inte emot nya idéer och visas inte längre här.',
    unsubscribedUndo: 'Du kan slå på dem igen när du vill:',
    preferencesIntro: 'Välj hur du får rekommendationer av utmaningar via e-post.',
    preferencesEmail: 'Rekommendationer av utmaningar via e-post',
    mailChoiceNames: {
      immediate: 'Direkt',
      daily: 'En sammanfattning per dag',
      weekly: 'En sammanfattning per vecka',
      off: 'Av: inga mejl med rekommendationer',
    },
    preferencesLanguage: 'Språk',
    preferencesSave: 'Spara',
    preferencesSaved: 'Dina inställningar är sparade.',
    preferencesNoMail: 'Du får inga rekommendationer av utmaningar via e-post just nu.',
    linkInvalid: 'Länken fungerar inte',
    linkInvalidText:
      'Länken är inte giltig eller har slutat gälla. Använd länken i det senaste mejlet du har fått från oss. Om inte heller den fungerar, kontakta programmet.',
  },
} as const;

/** One line of why: the shared themes and goals, in the reader's language. */
export function whyLine(
  locale: Locale,
  why: { sharedTerms: readonly string[]; sharedSdgs: readonly number[] },
) {
  const t = copy[locale];
  const parts: string[] = [];
  if (why.sharedTerms.length > 0) parts.push(`${t.sharedThemes}: ${why.sharedTerms.slice(0, 5).join(', ')}`);
  if (why.sharedSdgs.length > 0) {
    parts.push(
      `${t.sdgs}: ${why.sharedSdgs
        .slice(0, 4)
        .map((g) => sdgLabel(locale, g))
        .join(', ')}`,
    );
  }
  return `${t.why}: ${parts.length > 0 ? parts.join(' · ') : t.matchesProfile}`;
}
