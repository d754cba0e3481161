import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    body: string,
  ) {
    super(`${status} from ${url}: ${body.slice(0, 300)}`);
  }
}

export interface ApiClient {
  readonly baseUrl: string;
  /** The parsed JSON answer; throws ApiError on a non-2xx answer. */
  get<T>(path: string): Promise<T>;
  /** The status alone, for probing whether something exists or answers. */
  status(path: string): Promise<number>;
  postFile<T>(path: string, file: string, contentType: string): Promise<T>;
}

/**
 * Retries a request that failed on the network (not on an HTTP status): a kept-alive socket that the
 * server closed just as it was reused answers ECONNRESET, and a busy machine makes that likelier.
 */
async function withRetry(request: () => Promise<Response>, attempts = 4): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (err) {
      if (attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 300 * attempt));
    }
  }
}

/** A small JSON client with the admin's bearer token, for the demo's loading and printing steps. */
export function createApiClient(baseUrl: string, token: string): ApiClient {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const answer = async <T>(url: string, response: Response): Promise<T> => {
    const text = await response.text();
    if (!response.ok) throw new ApiError(response.status, url, text);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    baseUrl,
    async get(path) {
      const url = `${baseUrl}${path}`;
      return answer(url, await withRetry(() => fetch(url, { headers })));
    },
    async status(path) {
      const response = await withRetry(() => fetch(`${baseUrl}${path}`, { headers, redirect: 'manual' }));
      await response.arrayBuffer();
      return response.status;
    },
    async postFile(path, file, contentType) {
      const url = `${baseUrl}${path}`;
      const body = readFileSync(file);
      // The same key for the same file: a retried upload answers the import already started.
      const digest = createHash('sha256').update(path).update(body).digest('hex');
      const init = {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': contentType,
          'idempotency-key': `demo-${digest.slice(0, 32)}`,
        },
        body,
      };
      return answer(url, await withRetry(() => fetch(url, init)));
    },
  };
}

/** Resolves once `probe` answers true, polling every `everyMs`; false when `timeoutMs` passes first. */
export async function pollUntil(probe: () => Promise<boolean>, timeoutMs: number, everyMs = 300) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
