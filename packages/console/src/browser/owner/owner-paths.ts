// Where the need-owner page lives and what it asks for: shared by the page and by the early requests
// the bundle sends before the page's code has loaded.

/** The challenge id in a need-owner page's path (`/challenges/{id}`), if it is one. */
export function challengeIdFromPath(pathname: string): string | undefined {
  const id = /^\/challenges\/([A-Za-z0-9_.:-]+)\/?$/.exec(pathname)?.[1];
  return id ? decodeURIComponent(id) : undefined;
}

export function ownerPaths(challengeId: string) {
  const challenge = `/v1/challenges/${encodeURIComponent(challengeId)}`;
  return {
    challenge,
    shortlist: `${challenge}/shortlist?k=20`,
    outcomes: `${challenge}/outcomes`,
    decision: (innovatorId: string) => `${challenge}/decisions/${encodeURIComponent(innovatorId)}`,
  };
}

/** The roles the need-owner page serves (the shell refuses others before any request). */
export const ownerRoles = ['need_owner', 'admin'] as const;

// The last titles seen, so a page opened again names its challenge before the list has loaded.
const titlesKey = 'console.challengeTitles';
const keepTitles = 20;

function storedTitles(): Record<string, string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(titlesKey) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberedTitle(challengeId: string): string | undefined {
  const title = storedTitles()[challengeId];
  return typeof title === 'string' ? title : undefined;
}

export function rememberTitle(challengeId: string, title: string): void {
  const { [challengeId]: _previous, ...others } = storedTitles();
  // Newest first; the oldest fall off.
  const kept = Object.entries(others).slice(0, keepTitles - 1);
  localStorage.setItem(titlesKey, JSON.stringify(Object.fromEntries([[challengeId, title], ...kept])));
}
