import type { Locale } from '@suite/contracts';
import { escapeHtml } from './email-html';
import { copy } from './mail-copy';
import { page } from './unsubscribe-page';

type NoticeText =
  | 'challengeMissing'
  | 'challengeMissingText'
  | 'challengeGone'
  | 'challengeGoneText'
  | 'linkInvalid'
  | 'linkInvalidText';

/** A short notice in the reader's language, or in Swedish and then English when it is not known. */
export function noticePage(locale: Locale | undefined, title: NoticeText, text: NoticeText): string {
  if (locale) return page(locale, copy[locale][title], `<p>${escapeHtml(copy[locale][text])}</p>`);
  const { sv, en } = copy;
  return page(
    'sv',
    `${sv[title]} / ${en[title]}`,
    `<p>${escapeHtml(sv[text])}</p>
<p lang="en">${escapeHtml(en[text])}</p>`,
  );
}

/**
 * A link from an email that is broken, tampered with or for someone no longer here. Without a good
 * token the person's language is unknown, so both languages unless the link hints at one.
 */
export const invalidLinkPage = (locale: Locale | undefined) =>
  noticePage(locale, 'linkInvalid', 'linkInvalidText');
