import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { z } from 'zod';
import { badRequest } from '../errors';
import type { Principal, Role } from './auth';
import { zodIssuesToFields } from './problem';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteContext<B, P, Q> {
  body: B;
  params: P;
  query: Q;
  principal: Principal | undefined;
  req: Request;
  res: Response;
}

export interface RouteSpec<B extends z.ZodType, P extends z.ZodType, Q extends z.ZodType> {
  method: HttpMethod;
  /** OpenAPI style: `/v1/things/{id}`. */
  path: string;
  summary: string;
  tags?: string[];
  /** Roles allowed to call; `public` skips authentication. */
  auth: readonly Role[] | 'public';
  body?: B;
  params?: P;
  query?: Q;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handler(ctx: RouteContext<z.output<B>, z.output<P>, z.output<Q>>): Promise<RouteResult>;
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
  params?: z.ZodType;
  query?: z.ZodType;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handle: RequestHandler;
}

function parsePart<S extends z.ZodType>(schema: S | undefined, value: unknown, where: string): z.output<S> {
  if (!schema) return undefined as z.output<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(`invalid ${where}`, zodIssuesToFields(parsed.error, where));
  return parsed.data;
}

/** Declares a route once: validation, auth and documentation all come from this object. */
export function defineRoute<
  B extends z.ZodType = z.ZodUndefined,
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
>(spec: RouteSpec<B, P, Q>): Route {
  const handle = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const result = await spec.handler({
        body: parsePart(spec.body, req.body, 'body'),
        params: parsePart(spec.params, req.params, 'params'),
        query: parsePart(spec.query, req.query, 'query'),
        principal: req.principal,
        req,
        res,
      });
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      if (result.body === undefined) res.status(result.status).end();
      else res.status(result.status).json(result.body);
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
    body: spec.body,
    params: spec.params,
    query: spec.query,
    responses: spec.responses,
    handle,
  };
}

export { z };
