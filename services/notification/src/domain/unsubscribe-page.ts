import type { Locale } from '@suite/contracts';
import { escapeHtml } from './email-html';
import { copy } from './mail-copy';

/** A small standalone page (no scripts, no external resources) in the reader's language. */
export const page = (lang: Locale, title: string, content: string) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:480px;margin:48px auto;padding:0 16px;color:#1f2933;">
<h1 style="font-size:22px;">${escapeHtml(title)}</h1>
${content}
</body>
</html>`;

/**
 * The page a person sees after clicking the link: a question and a button. Only the POST
 * unsubscribes, so link scanners that follow every GET in a mailbox do not unsubscribe anyone.
 * `from=page` tells the button from a mail client's one-click POST: a person gets a redirect, so
 * reloading the result does not post again.
 */
export function unsubscribeConfirmPage(locale: Locale, postUrl: string): string {
  const t = copy[locale];
  return page(
    locale,
    t.unsubscribeTitle,
    `<p>${escapeHtml(t.unsubscribeQuestion)}</p>
<form method="post" action="${escapeHtml(postUrl)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<input type="hidden" name="from" value="page">
<button type="submit" style="font-size:16px;padding:10px 18px;">${escapeHtml(t.unsubscribeButton)}</button>
</form>`,
  );
}

/** After unsubscribing: the way back is the preferences page of the same link. */
export const unsubscribedPage = (locale: Locale, preferencesUrl: string) =>
  unsubscribedNotice(locale, copy[locale].unsubscribedTitle, preferencesUrl);

/**
 * The link opened again by someone already unsubscribed: asking again would suggest the first time
 * did not work, so it says so and shows the same way back.
 */
export const alreadyUnsubscribedPage = (locale: Locale, preferencesUrl: string) =>
  unsubscribedNotice(locale, copy[locale].alreadyUnsubscribedTitle, preferencesUrl);

function unsubscribedNotice(locale: Locale, title: string, preferencesUrl: string): string {
  const t = copy[locale];
  return page(
    locale,
    title,
    `<p>${escapeHtml(t.unsubscribedText)}</p>
<p>${escapeHtml(t.unsubscribedUndo)} <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(t.preferences)}</a></p>`,
  );
}
