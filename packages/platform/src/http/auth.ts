import type { NextFunction, Request, Response } from 'express';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { forbidden, unauthorized } from '../errors';

export const roles = ['admin', 'need_owner', 'innovator', 'service'] as const;
export type Role = (typeof roles)[number];

const claimsSchema = z
  .object({
    sub: z.string().min(1),
    role: z.enum(roles),
    org: z.string().min(1).optional(),
    innovator: z.string().min(1).optional(),
  })
  // A need owner or innovator token that names nobody would act for nobody (empty lists, 403s):
  // it is not a token for that role.
  .refine((claims) => claims.role !== 'need_owner' || claims.org !== undefined, 'need_owner needs org')
  .refine(
    (claims) => claims.role !== 'innovator' || claims.innovator !== undefined,
    'innovator needs innovator',
  );

/** Who is calling: a need owner is bound to an organisation, an innovator to an innovator record. */
export interface Principal {
  subject: string;
  role: Role;
  organisationId?: string;
  innovatorId?: string;
}

export interface AuthOptions {
  secret: string;
  issuer: string;
  /** The longest lifetime a token may have, as `30m`, `24h`, `7d` (config `JWT_MAX_TTL`); default 24h. */
  maxTtl?: string;
}

const defaultMaxTtl = '24h';
const unitSeconds = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** `30m` -> 1800. Durations come from config, which already checked their shape. */
function durationSeconds(duration: string): number {
  const match = /^(\d+)(s|m|h|d)$/.exec(duration);
  if (!match) throw new Error(`not a duration: ${duration}`);
  return Number(match[1]) * unitSeconds[match[2] as keyof typeof unitSeconds];
}

class TokenLifetimeError extends Error {}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function signToken(
  opts: AuthOptions & {
    role: Role;
    subject?: string;
    organisationId?: string;
    innovatorId?: string;
    ttl?: string;
  },
): Promise<string> {
  const claims: Record<string, string> = { role: opts.role };
  if (opts.organisationId) claims.org = opts.organisationId;
  if (opts.innovatorId) claims.innovator = opts.innovatorId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(opts.subject ?? `${opts.role}:${opts.organisationId ?? opts.innovatorId ?? 'local'}`)
    .setIssuer(opts.issuer)
    .setIssuedAt()
    .setExpirationTime(opts.ttl ?? '12h') // within the default maximum of 24h
    .sign(key(opts.secret));
}

export async function verifyToken(token: string, opts: AuthOptions): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, key(opts.secret), {
      issuer: opts.issuer,
      algorithms: ['HS256'],
      requiredClaims: ['exp'],
    });
    // A token that never expires, or lives longer than the maximum, is as good as a stolen password.
    const exp = payload.exp as number;
    const lifetime = exp - (payload.iat ?? Math.floor(Date.now() / 1000));
    if (lifetime > durationSeconds(opts.maxTtl ?? defaultMaxTtl)) throw new TokenLifetimeError();
    const claims = claimsSchema.parse(payload);
    return {
      subject: claims.sub,
      role: claims.role,
      organisationId: claims.org,
      innovatorId: claims.innovator,
    };
  } catch (err) {
    const detail =
      err instanceof joseErrors.JWTExpired
        ? 'token expired'
        : err instanceof TokenLifetimeError
          ? 'token lives longer than allowed'
          : 'invalid bearer token';
    throw unauthorized(detail);
  }
}

declare global {
  namespace Express {
    interface Request {
      principal?: Principal;
    }
  }
}

/** Middleware: a valid bearer token whose role is one of `allowed`, else 401/403. */
export function requireRoles(opts: AuthOptions, allowed: readonly Role[]) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match?.[1]) return next(unauthorized('a bearer token is required'));
    try {
      const principal = await verifyToken(match[1], opts);
      if (!allowed.includes(principal.role)) {
        return next(forbidden(`role ${principal.role} may not call this route`));
      }
      req.principal = principal;
      next();
    } catch (err) {
      next(err);
    }
  };
}
