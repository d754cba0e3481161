import type { Locale } from '@suite/contracts';

/**
 * Where a "read the challenge" link in an email goes. PUBLIC_CHALLENGE_URL is a template with
 * `{id}` and optionally `{locale}` (e.g. a public web app's challenge page); without it the link
 * opens this service's own readable page, in the recipient's language. Never the JSON API, which
 * a person cannot read and which needs a login the email link does not carry.
 */
export function challengeLink(
  settings: { PUBLIC_URL: string; PUBLIC_CHALLENGE_URL?: string | undefined },
  challengeId: string,
  locale: Locale,
): string {
  const template =
    settings.PUBLIC_CHALLENGE_URL ?? `${settings.PUBLIC_URL}/v1/challenge-pages/{id}?lang={locale}`;
  return fill(template, challengeId, locale);
}

/**
 * Where "Submit an idea" on a challenge page goes: PUBLIC_SUBMIT_URL (a programme's own form), with
 * `{id}` and `{locale}` filled in when it names them, so a form can know which challenge it answers.
 */
export const submitIdeaLink = (template: string, challengeId: string, locale: Locale) =>
  fill(template, challengeId, locale);

const fill = (template: string, challengeId: string, locale: Locale) =>
  template.replaceAll('{id}', encodeURIComponent(challengeId)).replaceAll('{locale}', locale);
