import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors';
import { sendProblem } from './problem';
import type { Route } from './route';

const pattern = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}/?$`);

/** A known path asked with a method it does not have: 405 with `Allow`, not a misleading 404. */
export function methodNotAllowedHandler(routes: readonly Route[]) {
  const paths = new Map<string, { test: RegExp; methods: Set<string> }>();
  for (const route of routes) {
    const entry = paths.get(route.path) ?? { test: pattern(route.path), methods: new Set<string>() };
    entry.methods.add(route.method.toUpperCase());
    if (route.method === 'get') entry.methods.add('HEAD');
    paths.set(route.path, entry);
  }
  return (req: Request, res: Response, next: NextFunction) => {
    const allowed = new Set<string>();
    for (const { test, methods } of paths.values()) {
      if (test.test(req.path)) for (const m of methods) allowed.add(m);
    }
    if (allowed.size === 0 || allowed.has(req.method)) return next();
    res.setHeader('Allow', [...allowed].sort().join(', '));
    sendProblem(req, res, new AppError('METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.path}`));
  };
}
