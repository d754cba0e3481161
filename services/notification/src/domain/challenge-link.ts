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
  return template.replaceAll('{id}', encodeURIComponent(challengeId)).replaceAll('{locale}', locale);
}
