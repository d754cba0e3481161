import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { decodeJwt } from 'jose';
import { type AppError, forbidden, unauthorized } from '../errors';
import { type AuthOptions, verifyToken } from './auth';
import { sendProblem } from './problem';

const basePath = '/admin/queues';
const cookieName = 'queue_dashboard_token';

const cookieToken = (req: Request): string | undefined => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return decodeURIComponent(value.join('='));
  }
  return undefined;
};

const bearerToken = (req: Request) => req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];

/** The URL the browser asked for, without `token`: the redirect target, so the token leaves the address bar. */
const withoutToken = (req: Request) => {
  const url = new URL(req.originalUrl, 'http://dashboard.invalid');
  url.searchParams.delete('token');
  return `${url.pathname}${url.search}`;
};

/**
 * The BullMQ dashboard at `/admin/queues`, for admins only. A browser opens it once with
 * `?token=<admin JWT>`: the token is checked, kept in an HttpOnly, SameSite=Strict cookie scoped to
 * the dashboard's path (lasting as long as the token), and the browser is redirected to the same URL
 * without it. Later requests need that cookie or an admin bearer header; anything else gets a
 * problem+json 401 (no or invalid token) or 403 (not an admin).
 */
export function queueDashboard(opts: { queues: Queue[]; auth: AuthOptions }): Router {
  const serverAdapter = new ExpressAdapter().setBasePath(basePath);
  createBullBoard({ queues: opts.queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });

  const requireAdmin = async (token: string) => {
    const principal = await verifyToken(token, opts.auth);
    if (principal.role !== 'admin') throw forbidden('the queue dashboard is for admins');
  };
  const fail = (req: Request, res: Response, err: unknown) => {
    if (err && typeof err === 'object' && 'status' in err && 'code' in err)
      sendProblem(req, res, err as AppError);
    else throw err;
  };

  const gate = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const fromQuery = req.query.token;
      if (typeof fromQuery === 'string') {
        await requireAdmin(fromQuery);
        const expiresAt = (decodeJwt(fromQuery).exp ?? 0) * 1000;
        res.cookie(cookieName, fromQuery, {
          httpOnly: true,
          sameSite: 'strict',
          secure: req.secure,
          path: basePath,
          maxAge: Math.max(0, expiresAt - Date.now()),
        });
        res.redirect(303, withoutToken(req));
        return;
      }
      const token = cookieToken(req) ?? bearerToken(req);
      if (!token)
        throw unauthorized('the queue dashboard needs an admin token: open it with ?token=<admin token>');
      await requireAdmin(token);
      next();
    } catch (err) {
      fail(req, res, err);
    }
  };

  const router = express.Router();
  router.use(basePath, gate, serverAdapter.getRouter());
  return router;
}
