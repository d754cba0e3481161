/// <reference lib="dom" />
// Answers requested before the page's code has loaded (owner-boot.ts, a script of its own), handed
// to the api when the page asks for the same path with the same token. The two scripts are separate
// bundles, so they meet in one registry on the window, under a symbol both know.

const registry = Symbol.for('matching-console.early-responses');
type Registry = Map<string, Promise<Response>>;

function early(): Registry {
  const holder = globalThis as typeof globalThis & { [registry]?: Registry };
  holder[registry] ??= new Map();
  return holder[registry];
}

const key = (token: string, path: string) => `${token} ${path}`;

/** The headers of every api request; an early request must match what the api would send. */
export const requestHeaders = (token: string): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  accept: 'application/json',
});

/** Starts GETs now; a failure is reported when the page takes the answer. */
export function requestEarly(token: string, paths: readonly string[]): void {
  for (const path of paths) {
    const response = fetch(path, { headers: requestHeaders(token) });
    response.catch(() => {});
    early().set(key(token, path), response);
  }
}

/** An answer requested early for this token and path, handed out once. */
export function takeEarly(token: string, path: string): Promise<Response> | undefined {
  const response = early().get(key(token, path));
  early().delete(key(token, path));
  return response;
}
