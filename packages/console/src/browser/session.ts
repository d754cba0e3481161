/// <reference lib="dom" />
// The bearer token lives in sessionStorage (this tab only). A `#token=` fragment - the demo's ready
// link - is taken once and removed from the address bar, so it does not linger in history.

const storageKey = 'console.token';

export interface TokenClaims {
  role: string;
  org?: string;
  exp?: number;
}

export function takeTokenFromUrl(): void {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get('token');
  if (!token) return;
  sessionStorage.setItem(storageKey, token.trim());
  history.replaceState(null, '', location.pathname + location.search);
}

export const storedToken = () => sessionStorage.getItem(storageKey) ?? undefined;
export const storeToken = (token: string) => sessionStorage.setItem(storageKey, token.trim());
export const forgetToken = () => sessionStorage.removeItem(storageKey);

/** Why a pasted text cannot be used as a token, most basic reason first. */
export type TokenProblem = 'tokenParts' | 'tokenPayload' | 'tokenNoRole';

const base64urlJson = (part: string): unknown => {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) throw new Error('not base64url');
  const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
};

/** Reads the claims for display only (the services verify the signature), or says why it cannot. */
export function inspectToken(token: string): { claims: TokenClaims } | { problem: TokenProblem } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((part) => part === '')) return { problem: 'tokenParts' };
  let payload: unknown;
  try {
    base64urlJson(parts[0]!);
    payload = base64urlJson(parts[1]!);
  } catch {
    return { problem: 'tokenPayload' };
  }
  if (!payload || typeof payload !== 'object') return { problem: 'tokenPayload' };
  const { role, org, exp } = payload as { role?: unknown; org?: unknown; exp?: unknown };
  if (typeof role !== 'string' || role === '') return { problem: 'tokenNoRole' };
  return {
    claims: {
      role,
      org: typeof org === 'string' ? org : undefined,
      exp: typeof exp === 'number' ? exp : undefined,
    },
  };
}

export function readClaims(token: string): TokenClaims | undefined {
  const inspected = inspectToken(token);
  return 'claims' in inspected ? inspected.claims : undefined;
}

export const isExpired = (claims: TokenClaims) => claims.exp !== undefined && claims.exp * 1000 <= Date.now();
