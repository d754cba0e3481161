/// <reference lib="dom" />
import type { z } from 'zod';
import { requestHeaders, takeEarly } from './early-responses';
import { t } from './i18n';
import type { MessageKey } from './messages';

/** A problem+json answer (or a network failure) turned into something the page can show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(
      fields.length > 0 ? `${detail} (${fields.map((f) => `${f.path}: ${f.message}`).join('; ')})` : detail,
    );
  }
}

export interface Api {
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>>;
  send<S extends z.ZodType>(
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    schema: S,
    headers?: Record<string, string>,
  ): Promise<z.output<S>>;
}

async function problemOf(response: Response): Promise<ApiError> {
  const fallback = new ApiError(response.status, 'HTTP_ERROR', `${response.status} ${response.statusText}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return fallback;
  const problem = (await response.json().catch(() => undefined)) as
    | { code?: string; detail?: string; errors?: { path: string; message: string }[] }
    | undefined;
  if (!problem) return fallback;
  return new ApiError(
    response.status,
    problem.code ?? 'HTTP_ERROR',
    problem.detail ?? fallback.message,
    problem.errors,
  );
}

/** Calls the service the page came from; a 401 signs the user out through `onUnauthenticated`. */
export function createApi(token: string, onUnauthenticated: () => void): Api {
  async function call<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ) {
    const early = method === 'GET' && body === undefined ? takeEarly(token, path) : undefined;
    const request =
      early ??
      fetch(path, {
        method,
        headers: {
          ...requestHeaders(token),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...extraHeaders,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const response = await request.catch((err: unknown) => {
      throw new ApiError(0, 'NETWORK', err instanceof Error ? err.message : String(err));
    });
    if (response.status === 401) onUnauthenticated();
    if (!response.ok) throw await problemOf(response);
    const json: unknown = response.status === 204 ? undefined : await response.json();
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', `unexpected answer from ${method} ${path}`);
    }
    return parsed.data as z.output<S>;
  }
  return {
    get: (path, schema) => call('GET', path, schema),
    send: (method, path, body, schema, headers) => call(method, path, schema, body, headers),
  };
}

// The services' details are English and written for developers; people see these instead.
const errorMessages: Partial<Record<string, MessageKey>> = {
  FORBIDDEN: 'error_FORBIDDEN',
  NOT_FOUND: 'error_NOT_FOUND',
  CHALLENGE_NOT_OPEN: 'error_CHALLENGE_NOT_OPEN',
  UNAUTHENTICATED: 'error_UNAUTHENTICATED',
  CONFLICT: 'error_CONFLICT',
  NOT_SHORTLISTED: 'error_NOT_SHORTLISTED',
  RATE_LIMITED: 'error_RATE_LIMITED',
  NETWORK: 'error_NETWORK',
};

/** What went wrong, in the page's language, chosen by the problem's code. */
export function errorText(err: unknown): string {
  const code = err instanceof ApiError ? err.code : 'UNEXPECTED';
  return t(errorMessages[code] ?? 'errorOther', { code });
}
