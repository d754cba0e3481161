import { finished } from 'node:stream/promises';
import { importAcceptedSchema, importKindSchema, importReportSchema } from '@suite/contracts';
import { AppError, appError, defineRoute, type Route, type RouteResult } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';
import { ImportFileError } from '../jobs/import-file-error';
import { describeStreamFailure } from '../jobs/import-source';

const csv = 'text/csv';
const ndjson = 'application/x-ndjson';

export function importRoutes(
  deps: Pick<IngestDeps, 'importRunner' | 'imports' | 'config' | 'idempotentUpload'>,
): Route[] {
  const { importRunner, imports, config, idempotentUpload } = deps;
  const followAt = (result: RouteResult): RouteResult => ({
    ...result,
    headers: { ...result.headers, location: `/v1/imports/${(result.body as { id: string }).id}` },
  });
  return [
    defineRoute({
      method: 'post',
      path: '/v1/imports',
      summary: 'Bulk import: a CSV or NDJSON stream, validated row by row, written in batches',
      tags: ['imports'],
      auth: ['admin', 'service'],
      query: z.object({
        kind: importKindSchema,
        /** An id of the client's choosing, so it can follow progress while it is still uploading. */
        id: z.uuid().optional(),
      }),
      stream: { contentTypes: [csv, ndjson], limit: config.IMPORT_LIMIT },
      responses: {
        202: {
          description: 'The file is in; follow the import at /v1/imports/{id}',
          schema: importAcceptedSchema,
        },
        409: { description: 'An import with the requested id exists' },
        413: {
          description:
            'The body is over IMPORT_LIMIT. Found while streaming, rows of the batches before it are ' +
            'stored: the problem then carries `importId`, whose report says failed, with the reason',
        },
        422: {
          description: 'The Idempotency-Key was used for another request (another file, kind or format)',
        },
      },
      handler: async ({ query, stream, req, res, principal }) => {
        if (!stream) throw appError('BAD_REQUEST', 'the request has no body');
        const format = req.is(csv) ? 'csv' : 'ndjson';
        // Taken before anything is awaited, so that it sees the body from its first byte.
        const upload = idempotentUpload({ req, principal }, `${query.kind} ${format} ${query.id ?? ''}`);
        // A failed import stops reading; drop the rest of the upload once the answer is out.
        const abandonUpload = () => {
          const drop = () => {
            if (!req.complete) req.destroy();
          };
          if (res.writableFinished) drop();
          else res.once('finish', drop);
        };
        // A client that goes away mid-file fails the import instead of leaving it waiting forever.
        req.once('close', () => {
          if (!req.complete)
            stream.destroy(new ImportFileError('the upload was interrupted before the end of the file'));
        });
        const uploaded = finished(stream).then(
          () => undefined,
          (err: unknown) => err,
        );
        const earlier = await upload.earlier();
        if (earlier) {
          // A repeat: read to the end (nothing is written) to tell the same file from another one.
          stream.resume();
          const failure = await uploaded;
          if (failure !== undefined) {
            abandonUpload();
            throw failure instanceof AppError
              ? failure
              : appError('BAD_REQUEST', describeStreamFailure(failure));
          }
          return followAt(upload.replay(earlier));
        }
        let id: string;
        try {
          id = await importRunner.start(query.kind, stream, format, abandonUpload, query.id);
        } catch (err) {
          abandonUpload();
          throw err;
        }
        // Answered when the whole file is in (the last rows are still being written): a client
        // that wants progress during the upload chooses the id itself (`?id=`) and polls it.
        // Not earlier: Node's HTTP client stops sending a request body once the complete response
        // has arrived (the socket then closes), so an early 202 stalls uploads from Node clients
        // (this server keeps reading fine); and a 413 or a broken file found while streaming must
        // still be able to answer with its own status.
        const failure = await uploaded;
        if (failure instanceof AppError) {
          // Batches before the failure may be stored: the client gets the import to look at, and
          // by the time this answer is out its report says failed, and why.
          await importRunner.settled(id);
          throw appError(failure.code, failure.detail, { ...failure.extras, importId: id });
        }
        return upload.record(followAt({ status: 202, body: { id } }));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/v1/imports/{id}',
      summary: 'Progress and result of a bulk import, with the first row errors',
      tags: ['imports'],
      auth: ['admin', 'service'],
      params: z.object({ id: z.uuid() }),
      responses: {
        200: { description: 'The import so far', schema: importReportSchema },
        404: { description: 'No such import' },
      },
      handler: async ({ params }) => {
        const report = await imports.get(params.id, config.IMPORT_ERRORS_KEPT);
        if (!report) throw appError('NOT_FOUND', `import ${params.id} does not exist`);
        return { status: 200, body: report };
      },
    }),
  ];
}
