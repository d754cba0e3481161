import type { Locale } from '@suite/contracts';
import { type DeadlineClock, deadlineText } from './challenge-deadline';
import { emailLayout, escapeHtml, font, safeHref } from './email-html';
import { copy, whyLine } from './mail-copy';

export interface RecommendedItem {
  challengeId: string;
  title: string;
  organisationName: string | undefined;
  sharedTerms: readonly string[];
  sharedSdgs: readonly number[];
  link: string;
  /** By when the need owner wants answers; absent or null: nothing is said about it. */
  deadline?: Date | null;
}

export interface RecommendationEmailInput {
  locale: Locale;
  recipientName: string;
  /** Absent for an immediate email; a digest says which one it is in the subject. */
  digest?: 'daily' | 'weekly';
  items: readonly RecommendedItem[];
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** Now (has a deadline passed?) and the zone deadlines are written in: the service's TIMEZONE. */
  clock: DeadlineClock;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

function subjectOf(input: RecommendationEmailInput): string {
  const t = copy[input.locale];
  if (input.digest === 'daily') return t.subjectDaily(input.items.length);
  if (input.digest === 'weekly') return t.subjectWeekly(input.items.length);
  return t.subjectImmediate;
}

const deadlineOf = (input: RecommendationEmailInput, item: RecommendedItem) =>
  item.deadline ? deadlineText(input.locale, item.deadline, input.clock) : undefined;

function itemHtml(locale: Locale, item: RecommendedItem, deadline: string | undefined): string {
  const t = copy[locale];
  const from = item.organisationName
    ? `<div style="${font}font-size:13px;color:#52606d;">${t.from} ${escapeHtml(item.organisationName)}</div>`
    : '';
  const by = deadline
    ? `<div style="${font}font-size:13px;font-weight:bold;padding-top:4px;">${escapeHtml(deadline)}</div>`
    : '';
  return `<tr><td style="padding:12px 0;border-bottom:1px solid #e4e7eb;">
<div style="${font}font-size:16px;font-weight:bold;"><a href="${safeHref(item.link)}" style="color:#0b5cad;text-decoration:underline;">${escapeHtml(item.title)}</a></div>
${from}${by}
<div style="${font}font-size:13px;color:#3e4c59;padding-top:4px;">${escapeHtml(whyLine(locale, item))}</div>
<div style="${font}font-size:13px;padding-top:4px;"><a href="${safeHref(item.link)}" style="color:#0b5cad;">${t.readMore}</a></div>
</td></tr>`;
}

/** The innovator's email (immediate or digest): the challenges, who posted them, why, and a link each. */
export function renderRecommendationEmail(input: RecommendationEmailInput): RenderedEmail {
  const t = copy[input.locale];
  const subject = subjectOf(input);
  const body = `<p style="margin:0 0 12px 0;">${escapeHtml(t.greeting(input.recipientName))}</p>
<p style="margin:0 0 8px 0;">${t.intro}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${input.items.map((item) => itemHtml(input.locale, item, deadlineOf(input, item))).join('\n')}
</table>`;
  const footer = `${t.footer}<br>
<a href="${safeHref(input.unsubscribeUrl)}" style="color:#616e7c;">${t.unsubscribe}</a> &middot;
<a href="${safeHref(input.preferencesUrl)}" style="color:#616e7c;">${t.preferences}</a>`;
  const text = [
    t.greeting(input.recipientName),
    '',
    t.intro,
    '',
    ...input.items.flatMap((item) => {
      const deadline = deadlineOf(input, item);
      return [
        `* ${item.title}${item.organisationName ? ` (${t.from} ${item.organisationName})` : ''}`,
        ...(deadline ? [`  ${deadline}`] : []),
        `  ${whyLine(input.locale, item)}`,
        `  ${item.link}`,
        '',
      ];
    }),
    '--',
    t.footer,
    `${t.unsubscribe}: ${input.unsubscribeUrl}`,
    `${t.preferences}: ${input.preferencesUrl}`,
    '',
  ].join('\n');
  return { subject, html: emailLayout({ lang: input.locale, title: subject, body, footer }), text };
}
