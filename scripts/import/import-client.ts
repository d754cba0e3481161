import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  type ImportKind,
  type ImportReport,
  importAcceptedSchema,
  importReportSchema,
} from '@suite/contracts';

export interface UploadOptions {
  baseUrl: string;
  token: string;
  kind: ImportKind;
  file: string;
  contentType: string;
  /** Told how many bytes have gone out so far. */
  onBytes?: (sent: number, total: number) => void;
}

export interface Upload {
  /** The import id, chosen here so progress can be followed while the file is still uploading. */
  id: string;
  /** Resolves once the service has taken the whole file in (its 202); rejects with its problem. */
  accepted: Promise<void>;
}

/** A problem answer of the service, in one line: `400 VALIDATION_FAILED: ... (header.description: ...)`. */
function describeProblem(status: number, text: string): string {
  try {
    const problem = JSON.parse(text) as {
      code?: string;
      detail?: string;
      errors?: { path: string; message: string }[];
    };
    const fields = (problem.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ');
    return `${status} ${problem.code ?? ''}: ${problem.detail ?? ''}${fields ? ` (${fields})` : ''}`;
  } catch {
    return `${status}: ${text.slice(0, 200)}`;
  }
}

/**
 * Streams a file to `POST /v1/imports` (chunked, never read whole into memory) under an id chosen
 * here; the service answers 202 once it has the whole file.
 */
export async function uploadImport(opts: UploadOptions): Promise<Upload> {
  const total = (await stat(opts.file)).size;
  const id = randomUUID();
  const url = new URL(`/v1/imports?kind=${opts.kind}&id=${id}`, opts.baseUrl);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const accepted = new Promise<void>((resolve, reject) => {
    const req = send(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${opts.token}`, 'content-type': opts.contentType },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        if (res.statusCode === 202 && importAcceptedSchema.parse(JSON.parse(text)).id === id) resolve();
        else reject(new Error(describeProblem(res.statusCode ?? 0, text)));
      });
    });
    req.on('error', reject);
    const file = createReadStream(opts.file, { highWaterMark: 256 * 1024 });
    let bytes = 0;
    file.on('data', (chunk) => {
      bytes += chunk.length;
      opts.onBytes?.(bytes, total);
    });
    file.on('error', (err) => req.destroy(err));
    file.pipe(req);
  });
  // Callers poll first and await `accepted` later: a refusal must not count as unhandled meanwhile.
  accepted.catch(() => undefined);
  return { id, accepted };
}

export async function fetchImport(baseUrl: string, token: string, id: string): Promise<ImportReport> {
  const res = await fetch(new URL(`/v1/imports/${id}`, baseUrl), {
    headers: { authorization: `Bearer ${token}` },
  });
  const text = await res.text();
  if (!res.ok) throw new Error(describeProblem(res.status, text));
  return importReportSchema.parse(JSON.parse(text));
}
