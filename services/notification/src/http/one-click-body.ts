import { AppError, limitedStream, parseByteSize, type Route } from '@suite/platform';

type BodyParser = ReturnType<Route['bodyParsers']>[number];
type Request = Parameters<BodyParser>[0];

const oneClickTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

const tooLarge = (limit: string) =>
  new AppError('PAYLOAD_TOO_LARGE', `the body is over the limit of ${limit}`);

/**
 * The body parser of the one-click unsubscribe POST. RFC 8058 section 3.1 has mail clients send
 * `List-Unsubscribe=One-Click` as multipart/form-data or URL-encoded; the platform's form parser
 * reads only the latter. Both are read here, at most `limit` bytes, by the FormData parser Node's
 * fetch API ships. An empty POST stays empty; file parts are dropped (never a valid answer).
 */
export function oneClickBody(limit: string): BodyParser[] {
  const max = parseByteSize(limit);
  return [
    async (req, _res, next) => {
      if (!hasBody(req)) return next();
      if (!req.is(oneClickTypes)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', `send the body as ${oneClickTypes.join(' or ')}`);
      }
      // Read as it arrives: a compressed body would be parsed as noise.
      if ((req.headers['content-encoding'] ?? 'identity').toLowerCase() !== 'identity') {
        throw new AppError('UNSUPPORTED_ENCODING', 'send the body without content encoding');
      }
      if (Number(req.headers['content-length'] ?? 0) > max) throw tooLarge(limit);
      // The platform's size-limited stream fails with the same 413 once `limit` bytes are passed.
      const chunks: Buffer[] = [];
      for await (const chunk of limitedStream(req, limit)) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      const form = await new Response(Uint8Array.from(bytes), {
        headers: { 'content-type': String(req.headers['content-type']) },
      })
        .formData()
        .catch(() => {
          throw new AppError('BAD_REQUEST', 'the form body could not be read');
        });
      const fields: Record<string, string> = {};
      form.forEach((value, name) => {
        if (typeof value === 'string') fields[name] = value;
      });
      req.body = fields;
      next();
    },
  ];
}
