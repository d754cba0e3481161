import type { Gender, Locale } from '@suite/contracts';
import { emailLayout, escapeHtml, font, safeHref } from './email-html';
import { copy, groupLabel, personGroupLabel, whyLine } from './mail-copy';
import type { RenderedEmail } from './recommendation-email';

export interface ShortlistEmailEntry {
  rank: number;
  ideaTitle: string | undefined;
  group: Gender | undefined;
  score: number;
  sharedTerms: readonly string[];
  sharedSdgs: readonly number[];
}

export interface ShortlistEmailInput {
  locale: Locale;
  challengeTitle: string;
  relaxed: boolean;
  entries: readonly ShortlistEmailEntry[];
  /** How many entries the whole list has; the email shows the top ones. */
  total: number;
  balance: { pool: Partial<Record<Gender, number>>; list: Partial<Record<Gender, number>> } | undefined;
  link: string;
  /** The owner had this challenge's shortlist mailed before: the subject says it is updated. */
  update?: boolean;
}

const cell = `padding:6px 8px;border-bottom:1px solid #e4e7eb;${font}font-size:13px;vertical-align:top;`;
const headCell = `${cell}font-weight:bold;background-color:#f5f7fa;text-align:left;`;
const groupOrder: readonly Gender[] = ['woman', 'man', 'non_binary', 'undisclosed'];

/** Two decimals, with the decimal comma in Swedish ("0,96"). */
const formatScore = (score: number, locale: Locale) => {
  const text = score.toFixed(2);
  return locale === 'sv' ? text.replace('.', ',') : text;
};

function balanceRows(input: ShortlistEmailInput): { group: string; pool: number; list: number }[] {
  if (!input.balance) return [];
  const { pool, list } = input.balance;
  return groupOrder
    .filter((g) => pool[g] !== undefined || list[g] !== undefined)
    .map((g) => ({ group: groupLabel(input.locale, g), pool: pool[g] ?? 0, list: list[g] ?? 0 }));
}

/** The need owner's email: the top of the shortlist with scores and why, and the balance summary. */
export function renderShortlistEmail(input: ShortlistEmailInput): RenderedEmail {
  const t = copy[input.locale];
  const subject = (input.update ? t.shortlistUpdatedSubject : t.shortlistSubject)(input.challengeTitle);
  const idea = (e: ShortlistEmailEntry) => e.ideaTitle ?? '-';
  const group = (e: ShortlistEmailEntry) => (e.group ? personGroupLabel(input.locale, e.group) : '-');
  const more = input.total > input.entries.length ? t.more(input.total - input.entries.length) : undefined;
  const balance = balanceRows(input);
  const balanceNote = input.relaxed ? t.relaxed : t.balanced;

  const rowsHtml = input.entries
    .map(
      (e) =>
        `<tr><td style="${cell}">${e.rank}</td><td style="${cell}">${escapeHtml(idea(e))}<div style="color:#52606d;font-size:12px;">${escapeHtml(whyLine(input.locale, e))}</div></td><td style="${cell}">${escapeHtml(group(e))}</td><td style="${cell}text-align:right;">${formatScore(e.score, input.locale)}</td></tr>`,
    )
    .join('\n');
  const balanceHtml =
    balance.length === 0
      ? ''
      : `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin-top:8px;">
<tr><th style="${headCell}">${t.group}</th><th style="${headCell}">${t.pool}</th><th style="${headCell}">${t.list}</th></tr>
${balance.map((b) => `<tr><td style="${cell}">${escapeHtml(b.group)}</td><td style="${cell}text-align:right;">${b.pool}</td><td style="${cell}text-align:right;">${b.list}</td></tr>`).join('\n')}
</table>`;
  const body = `<p style="margin:0 0 12px 0;">${escapeHtml(t.shortlistIntro(input.challengeTitle))}</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><th style="${headCell}">${t.rank}</th><th style="${headCell}">${t.idea}</th><th style="${headCell}">${t.group}</th><th style="${headCell}text-align:right;">${t.score}</th></tr>
${rowsHtml}
</table>
${more ? `<p style="margin:8px 0 0 0;color:#52606d;">${more}</p>` : ''}
<h3 style="${font}font-size:15px;margin:20px 0 4px 0;">${t.balance}</h3>
<p style="margin:0;">${balanceNote}</p>
${balanceHtml}
<p style="margin:20px 0 0 0;"><a href="${safeHref(input.link)}" style="color:#0b5cad;">${t.openShortlist}</a></p>`;

  const text = [
    t.shortlistIntro(input.challengeTitle),
    '',
    ...input.entries.flatMap((e) => [
      `${e.rank}. ${idea(e)} - ${group(e)} - ${t.score.toLowerCase()} ${formatScore(e.score, input.locale)}`,
      `   ${whyLine(input.locale, e)}`,
    ]),
    ...(more ? [more] : []),
    '',
    `${t.balance}: ${balanceNote}`,
    ...balance.map((b) => `  ${b.group}: ${b.pool} ${t.pool}, ${b.list} ${t.list}`),
    '',
    `${t.openShortlist}: ${input.link}`,
    '',
    '--',
    t.shortlistFooter,
    '',
  ].join('\n');
  return {
    subject,
    html: emailLayout({ lang: input.locale, title: subject, body, footer: t.shortlistFooter }),
    text,
  };
}
