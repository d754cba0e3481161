/** One message as MailDev's REST API (`GET /api/email`) lists it; only the fields read here. */
export interface InboxMessage {
  subject: string;
  to: { address: string }[];
  headers: Record<string, string | string[] | undefined>;
  text?: string;
}

const swedishWords = /\b(och|för|din|dina|utmaning|utmaningar|hej|idé|vi|med|som|avregistrera)\b/gi;
const englishWords = /\b(and|for|your|challenge|challenges|hello|idea|we|with|that|unsubscribe)\b/gi;

/** The language of a message: its Content-Language header when set, else the words it uses. */
export function messageLanguage(message: InboxMessage): 'sv' | 'en' | 'unknown' {
  const header = message.headers['content-language'];
  const declared = (Array.isArray(header) ? header[0] : header)?.toLowerCase() ?? '';
  if (declared.startsWith('sv')) return 'sv';
  if (declared.startsWith('en')) return 'en';
  const text = `${message.subject}\n${message.text ?? ''}`;
  const sv = text.match(swedishWords)?.length ?? 0;
  const en = text.match(englishWords)?.length ?? 0;
  if (sv === en) return 'unknown';
  return sv > en ? 'sv' : 'en';
}

/** Demo innovators have addresses like `anna.holm.12@example.org`; need owners' contacts do not. */
export const isInnovatorAddress = (address: string) => /^[a-z.]+\.\d+@example\.(org|net|com)$/.test(address);

/** The messages in the inbox, or null when MailDev does not answer. */
export async function readInbox(mailWebUrl: string): Promise<InboxMessage[] | null> {
  try {
    const response = await fetch(`${mailWebUrl}/api/email`);
    return response.ok ? ((await response.json()) as InboxMessage[]) : null;
  } catch {
    return null;
  }
}

/** Recommendation emails to innovators, counted per language. */
export function countRecommendationMail(messages: readonly InboxMessage[]) {
  const perLanguage = { sv: 0, en: 0, unknown: 0 };
  for (const m of messages) {
    if (m.to.some((t) => isInnovatorAddress(t.address))) perLanguage[messageLanguage(m)]++;
  }
  return perLanguage;
}
