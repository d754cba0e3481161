export interface SmtpFailure {
  /** A permanent failure (5xx) will fail again; retrying only hammers the server. */
  permanent: boolean;
  smtpCode: number | undefined;
  reason: string;
}

interface SmtpErrorLike {
  message?: unknown;
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
}

/**
 * Sorts a send error: 5xx replies are permanent (the server refused the message or address);
 * 4xx replies and connection problems (refused, reset, timeout) are transient and worth a retry.
 */
export function classifySmtpFailure(error: unknown): SmtpFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SmtpErrorLike;
  const smtpCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const reply = typeof e.response === 'string' ? e.response : undefined;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const code = typeof e.code === 'string' ? e.code : undefined;
  const reason = (reply ?? (code ? `${code}: ${message}` : message)).slice(0, 1_000);
  return { permanent: smtpCode !== undefined && smtpCode >= 500, smtpCode, reason };
}
