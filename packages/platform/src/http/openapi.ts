import { z } from 'zod';
import type { Route } from './route';

type JsonSchema = Record<string, unknown>;

const problemSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(route: Route): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = toJsonSchema(schema, 'input');
    const props = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, prop] of Object.entries(props)) {
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: prop });
    }
  }
  return out;
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** OpenAPI 3.1 from the same zod schemas that validate requests, so the docs cannot drift. */
export function buildOpenApi(
  info: { title: string; version: string; description?: string },
  routes: Route[],
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(route.responses)) {
      const type = r.contentType ?? 'application/json';
      responses[status] = r.schema
        ? { description: r.description, content: { [type]: { schema: toJsonSchema(r.schema, 'output') } } }
        : r.contentType
          ? { description: r.description, content: { [type]: { schema: { type: 'string' } } } }
          : { description: r.description };
    }
    responses['400'] ??= problemResponse('Invalid request (field paths in `errors`)');
    if (route.auth !== 'public') {
      responses['401'] = problemResponse('Missing or invalid bearer token');
      responses['403'] ??= problemResponse(
        route.access ? 'Role not allowed, or the resource belongs to someone else' : 'Role not allowed',
      );
    }
    if (route.access) responses['404'] ??= problemResponse('No such resource');
    if (route.bodyKind !== 'none') {
      responses['413'] ??= problemResponse('Body over the limit');
      responses['415'] ??= problemResponse('Unsupported content type');
    }
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: route.tags,
      operationId: `${route.method}${route.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: parameters(route),
      responses,
    };
    if (route.auth !== 'public') {
      operation.security = [{ bearer: [] }];
      operation['x-roles'] = route.auth;
      if (route.access) operation['x-owned-by'] = route.access.ownedBy;
    }
    if (route.bodyKind === 'json' && route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toJsonSchema(route.body, 'input') } },
      };
    } else if (route.bodyKind === 'form' && route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/x-www-form-urlencoded': { schema: toJsonSchema(route.body, 'input') } },
      };
    } else if (route.bodyKind === 'stream' && route.stream) {
      operation.requestBody = {
        required: true,
        description: `Streamed, up to ${route.stream.limit}`,
        content: Object.fromEntries(
          route.stream.contentTypes.map((t) => [t, { schema: { type: 'string' } }]),
        ),
      };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { Problem: problemSchema },
    },
  };
}
