import { AppError, parseByteSize, type Route } from '@suite/platform';

type BodyParser = ReturnType<Route['bodyParsers']>[number];
type Request = Parameters<BodyParser>[0];

const oneClickTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

const tooLarge = (limit: string) =>
  new AppError('PAYLOAD_TOO_LARGE', `the body is over the limit of ${limit}`);

/** The body as bytes; past `max` it stops reading (the rest is never buffered) and fails with 413. */
function readAtMost(req: Request, max: number, limit: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) return void chunks.push(chunk);
      stop();
      req.pause();
      reject(tooLarge(limit));
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (err: Error) => {
      stop();
      reject(err);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

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
      const bytes = await readAtMost(req, max, limit);
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
