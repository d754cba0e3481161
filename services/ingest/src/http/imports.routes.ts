import { importAcceptedSchema, importKindSchema, importReportSchema } from '@suite/contracts';
import { appError, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import type { IngestDeps } from '../deps';

const csv = 'text/csv';
const ndjson = 'application/x-ndjson';

export function importRoutes(deps: Pick<IngestDeps, 'importRunner' | 'imports' | 'config'>): Route[] {
  const { importRunner, imports, config } = deps;
  return [
    defineRoute({
      method: 'post',
      path: '/v1/imports',
      summary: 'Bulk import: a CSV or NDJSON stream, validated row by row, written in batches',
      tags: ['imports'],
      auth: ['admin', 'service'],
      query: z.object({ kind: importKindSchema }),
      stream: { contentTypes: [csv, ndjson], limit: config.IMPORT_LIMIT },
      responses: {
        202: { description: 'Accepted; follow it at /v1/imports/{id}', schema: importAcceptedSchema },
      },
      handler: async ({ query, stream, req, res }) => {
        if (!stream) throw appError('BAD_REQUEST', 'the request has no body');
        const format = req.is(csv) ? 'csv' : 'ndjson';
        // An upload we stopped reading would hold its connection open; once the answer is out, drop it.
        const abandonUpload = () => {
          const drop = () => {
            if (!req.complete) req.destroy();
          };
          if (res.writableFinished) drop();
          else res.once('finish', drop);
        };
        try {
          const id = await importRunner.start(query.kind, stream, format, abandonUpload);
          return { status: 202, body: { id }, headers: { location: `/v1/imports/${id}` } };
        } catch (err) {
          abandonUpload();
          throw err;
        }
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
