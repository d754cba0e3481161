import { locales } from '@suite/contracts';
import { escapeHtml } from './email-html';
import { copy, localeNames } from './mail-copy';
import {
  type MailPreferences,
  mailChoiceOf,
  mailChoices,
  wantsRecommendationEmail,
} from './mail-preferences';
import { page } from './unsubscribe-page';

const radio = (name: string, value: string, label: string, checked: boolean) =>
  `<label style="display:block;margin:6px 0;"><input type="radio" name="${name}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}> ${escapeHtml(label)}</label>`;

const fieldset = (legend: string, radios: string[]) =>
  `<fieldset style="border:1px solid #d9e2ec;border-radius:4px;margin:0 0 16px;padding:8px 14px;">
<legend>${escapeHtml(legend)}</legend>
${radios.join('\n')}
</fieldset>`;

/**
 * The page behind "Email preferences" in every email: the settings in force as a form that posts
 * back to the same link, so it works without scripts. `saved` adds the confirmation after a change.
 */
export function preferencesPage(preferences: MailPreferences, postUrl: string, saved = false): string {
  const { locale } = preferences;
  const t = copy[locale];
  const confirmation = saved
    ? `<p role="status" style="background:#e3f9e5;padding:10px 14px;border-radius:4px;">${escapeHtml(t.preferencesSaved)}</p>\n`
    : '';
  // Unsubscribing is visible here, so a person sees why no email comes and where to turn it on.
  const noMail = wantsRecommendationEmail(preferences)
    ? ''
    : `<p><strong>${escapeHtml(t.preferencesNoMail)}</strong></p>\n`;
  // One question for one wish: "how often" and "off" together, not an on/off switch beside a
  // frequency that has its own "never" (see mailChoices).
  const choice = mailChoiceOf(preferences);
  return page(
    locale,
    t.preferences,
    `${confirmation}${noMail}<p>${escapeHtml(t.preferencesIntro)}</p>
<form method="post" action="${escapeHtml(postUrl)}">
${fieldset(
  t.preferencesEmail,
  mailChoices.map((c) => radio('mail', c, t.mailChoiceNames[c], c === choice)),
)}
${fieldset(
  t.preferencesLanguage,
  locales.map((l) => radio('locale', l, localeNames[l], l === locale)),
)}
<button type="submit" style="font-size:16px;padding:10px 18px;">${escapeHtml(t.preferencesSave)}</button>
</form>`,
  );
}
