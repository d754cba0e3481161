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

/** Reads the claims for display only; the services verify the signature. */
export function readClaims(token: string): TokenClaims | undefined {
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || !payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(json);
    if (!claims || typeof claims !== 'object' || !('role' in claims) || typeof claims.role !== 'string') {
      return undefined;
    }
    const { role, org, exp } = claims as { role: string; org?: unknown; exp?: unknown };
    return {
      role,
      org: typeof org === 'string' ? org : undefined,
      exp: typeof exp === 'number' ? exp : undefined,
    };
  } catch {
    return undefined;
  }
}

export const isExpired = (claims: TokenClaims) => claims.exp !== undefined && claims.exp * 1000 <= Date.now();
