import type { Locale } from '@suite/contracts';
import { type DeadlineClock, deadlineText } from './challenge-deadline';
import { escapeHtml, safeHref } from './email-html';
import { copy, sdgLabel } from './mail-copy';
import { noticePage } from './notice-page';
import { page } from './unsubscribe-page';

interface ChallengePageContent {
  title: string;
  description: string | null;
  organisationName: string | null;
  sdgs: readonly number[];
  closed: boolean;
  deadline: Date | null;
  /** Where to send an idea (PUBLIC_SUBMIT_URL, filled in), when the programme has such a place. */
  submitUrl?: string | undefined;
}

/** The readable page a "read the challenge" link opens: title, need owner, deadline, description, goals. */
export function challengePage(locale: Locale, c: ChallengePageContent, clock: DeadlineClock): string {
  const t = copy[locale];
  const paragraphs = (c.description ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p style="line-height:1.5;">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const owner = c.organisationName
    ? `<p style="color:#52606d;">${escapeHtml(t.needOwner)}: ${escapeHtml(c.organisationName)}</p>`
    : '';
  // A closed challenge takes no ideas whatever its deadline said; the closed notice is the answer.
  const deadline =
    c.deadline && !c.closed
      ? `<p><strong>${escapeHtml(deadlineText(locale, c.deadline, clock))}</strong></p>`
      : '';
  const closed = c.closed ? `<p><strong>${escapeHtml(t.challengeClosed)}</strong></p>` : '';
  const nextSteps = c.closed
    ? ''
    : `<p style="line-height:1.5;border-top:1px solid #d9e2ec;padding-top:12px;">${escapeHtml(t.challengeNextSteps)}</p>`;
  // Only while ideas are taken: after the deadline or the close the link would lead nowhere useful.
  const open = !c.closed && !(c.deadline && clock.now.getTime() >= c.deadline.getTime());
  const submit =
    c.submitUrl && open
      ? `<p><a href="${safeHref(c.submitUrl)}" style="font-weight:bold;">${escapeHtml(t.submitIdea)}</a></p>`
      : '';
  const goals =
    c.sdgs.length > 0
      ? `<p style="color:#52606d;">${escapeHtml(t.sdgs)}: ${c.sdgs.map((g) => escapeHtml(sdgLabel(locale, g))).join(', ')}</p>`
      : '';
  return page(
    locale,
    c.title,
    `${owner}\n${deadline}\n${closed}\n${paragraphs}\n${goals}\n${nextSteps}\n${submit}`,
  );
}

export const challengeMissingPage = (locale: Locale | undefined) =>
  noticePage(locale, 'challengeMissing', 'challengeMissingText');

/** A challenge this service knows only as closed: its text never reached it. */
export const challengeGonePage = (locale: Locale | undefined) =>
  noticePage(locale, 'challengeGone', 'challengeGoneText');
