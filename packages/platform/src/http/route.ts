import type { Readable } from 'node:stream';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { AppError, badRequest, forbidden, notFound } from '../errors';
import { type AccessSpec, defaultOwnedRoles, owns } from './access';
import type { Principal, Role } from './auth';
import {
  findUnsafeValue,
  formBody,
  jsonBody,
  limitedStream,
  type StreamBodySpec,
  streamBody,
} from './bodies';
import { zodIssuesToFields } from './problem';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a handler answers: JSON `body`, an `html` page, or raw `content` of a given type. */
export interface RouteResult {
  status: number;
  body?: unknown;
  html?: string;
  content?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface RouteResponse {
  description: string;
  /** The shape that leaves: bodies are parsed through it, so undeclared fields never do. */
  schema?: z.ZodType;
  /** Defaults to JSON; `text/html` for pages, anything else for raw content. */
  contentType?: string;
}

export interface RouteContext<B, P, Q, R> {
  body: B;
  params: P;
  query: Q;
  principal: Principal | undefined;
  /** What `access.load` found (undefined without `access`, or for a create). */
  resource: R;
  /** The request body as a size-capped stream, for `stream` routes. */
  stream: Readable | undefined;
  contentType: string | undefined;
  req: Request;
  res: Response;
}

/** What `access` callbacks see: the parsed request and the caller. */
export interface AccessContext<B, P, Q> {
  body: B;
  params: P;
  query: Q;
  principal: Principal | undefined;
}

export interface RouteSpec<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType, R> {
  method: HttpMethod;
  /** OpenAPI style: `/v1/things/{id}`. */
  path: string;
  summary: string;
  tags?: string[];
  /** Roles allowed to call; `public` skips authentication. */
  auth: readonly Role[] | 'public';
  /** A JSON body. */
  body?: B;
  /** A form body (`application/x-www-form-urlencoded`) instead of JSON. */
  form?: B;
  /** This route's JSON or form size limit; the service's BODY_LIMIT otherwise. */
  bodyLimit?: string;
  /** A streamed body the handler reads from `ctx.stream`. */
  stream?: StreamBodySpec;
  params?: P;
  query?: Q;
  access?: AccessSpec<AccessContext<z.output<B>, z.output<P>, z.output<Q>>, R>;
  responses: Record<number, RouteResponse>;
  handler(ctx: RouteContext<z.output<B>, z.output<P>, z.output<Q>, R>): Promise<RouteResult>;
}

/** A route with its types erased, ready for the router and the OpenAPI generator. */
export interface Route {
  method: HttpMethod;
  path: string;
  expressPath: string;
  summary: string;
  tags: string[];
  auth: readonly Role[] | 'public';
  body?: z.ZodType;
  bodyKind: 'none' | 'json' | 'form' | 'stream';
  /** The route's own JSON or form limit, when it sets one. */
  bodyLimit?: string;
  stream?: StreamBodySpec;
  params?: z.ZodType;
  query?: z.ZodType;
  /** Whether the route loads a resource (404) and checks who owns it (403). */
  access: { loads: boolean; ownedBy: readonly Role[] } | undefined;
  responses: Record<number, RouteResponse>;
  /** Body parsers for this route, given the service's default limit. */
  bodyParsers(defaultLimit: string): RequestHandler[];
  handle: RequestHandler;
}

function parsePart<S extends z.ZodType>(schema: S | undefined, value: unknown, where: string): z.output<S> {
  if (!schema) return undefined as z.output<S>;
  const unsafe = findUnsafeValue(value, where);
  if (unsafe) throw badRequest(`invalid ${where}`, [unsafe]);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(`invalid ${where}`, zodIssuesToFields(parsed.error, where));
  return parsed.data;
}

async function authorise<Ctx, R>(
  access: AccessSpec<Ctx, R>,
  ctx: Ctx,
  principal: Principal | undefined,
): Promise<R | undefined> {
  const ownedBy = access.ownedBy ?? defaultOwnedRoles;
  const checked = principal !== undefined && ownedBy.includes(principal.role);
  const resource = await access.load(ctx);
  if (resource === undefined) {
    if (!access.creates) throw notFound('no such resource');
    if (checked && !owns(principal, access.creates(ctx))) throw forbidden('not yours to create');
    return undefined;
  }
  if (access.visible && !access.visible(resource, principal)) throw notFound('no such resource');
  if (checked && access.owner && !owns(principal, access.owner(resource))) {
    throw forbidden('this resource belongs to someone else');
  }
  if (checked && access.creates && !owns(principal, access.creates(ctx))) {
    throw forbidden('not yours to write');
  }
  return resource;
}

/** Sends a result through the declared response: JSON is parsed by its schema (stripping what is undeclared). */
function send(res: Response, result: RouteResult, declared: RouteResponse | undefined, path: string): void {
  if (!declared) {
    throw new AppError('RESPONSE_CONTRACT_VIOLATED', `${path} answered undeclared status ${result.status}`);
  }
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  res.status(result.status);
  if (result.html !== undefined) {
    res.type('html').send(result.html);
    return;
  }
  if (result.content !== undefined) {
    res.type(result.contentType ?? declared.contentType ?? 'application/octet-stream').send(result.content);
    return;
  }
  if (result.body === undefined) {
    res.end();
    return;
  }
  if (!declared.schema) {
    throw new AppError(
      'RESPONSE_CONTRACT_VIOLATED',
      `${path} sent a body its ${result.status} does not declare`,
    );
  }
  const parsed = declared.schema.safeParse(result.body);
  if (!parsed.success) {
    // Paths and messages only: the body itself may hold personal data.
    throw new AppError('RESPONSE_CONTRACT_VIOLATED', `${path} answered a body that breaks its contract`, {
      contractIssues: zodIssuesToFields(parsed.error, 'response'),
    });
  }
  res.json(parsed.data);
}

/** Declares a route once: validation, bodies, auth, resource authorisation, responses and documentation. */
export function defineRoute<
  B extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  R = undefined,
>(spec: RouteSpec<B, P, Q, R>): Route {
  const bodyKind = spec.stream ? 'stream' : spec.form ? 'form' : spec.body ? 'json' : 'none';
  const bodySchema = spec.form ?? spec.body;
  const handle = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const principal = req.principal;
      const parts = {
        params: parsePart(spec.params, req.params, 'params'),
        query: parsePart(spec.query, req.query, 'query'),
        body: parsePart(bodySchema, req.body, 'body'),
        principal,
      };
      const resource = spec.access ? await authorise(spec.access, parts, principal) : undefined;
      const result = await spec.handler({
        ...parts,
        resource: resource as R,
        stream: bodyKind === 'stream' && spec.stream ? limitedStream(req, spec.stream.limit) : undefined,
        contentType: req.headers['content-type'],
        req,
        res,
      });
      send(res, result, spec.responses[result.status], `${spec.method.toUpperCase()} ${spec.path}`);
    } catch (err) {
      next(err);
    }
  };
  return {
    method: spec.method,
    path: spec.path,
    expressPath: spec.path.replace(/\{(\w+)\}/g, ':$1'),
    summary: spec.summary,
    tags: spec.tags ?? [],
    auth: spec.auth,
    body: bodySchema,
    bodyKind,
    bodyLimit: spec.bodyLimit,
    stream: spec.stream,
    params: spec.params,
    query: spec.query,
    access: spec.access ? { loads: true, ownedBy: spec.access.ownedBy ?? defaultOwnedRoles } : undefined,
    responses: spec.responses,
    bodyParsers(defaultLimit) {
      const limit = spec.bodyLimit ?? defaultLimit;
      if (bodyKind === 'json') return jsonBody(limit);
      if (bodyKind === 'form') return formBody(limit);
      if (bodyKind === 'stream' && spec.stream) return streamBody(spec.stream);
      return [];
    },
    handle,
  };
}

export { z };
