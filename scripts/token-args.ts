import { parseArgs } from 'node:util';
import { type Role, roles } from '@suite/platform';

export const usage =
  'usage: pnpm token <admin|need_owner|innovator|service> [--org ID] [--innovator ID] [--ttl 12h]';

const help = `${usage}
  --org ID        the organisation a need_owner token is bound to (required for need_owner)
  --innovator ID  the innovator an innovator token is bound to (required for innovator)
  --ttl DURATION  lifetime as <n>s, <n>m, <n>h or <n>d (default 12h, at most JWT_MAX_TTL)
Signed with JWT_SECRET and JWT_ISSUER from the environment (development defaults when unset).`;

/** What the command line asks for: the help text, a token, or nothing because `problem`. */
export type TokenCommand =
  | { kind: 'help'; text: string }
  | { kind: 'refused'; problem: string }
  | { kind: 'sign'; role: Role; organisationId?: string; innovatorId?: string; ttl?: string };

// The shape the services' JWT_MAX_TTL takes; jose would also take "2 hours", which nothing else reads.
const ttlPattern = /^(\d+)(s|m|h|d)$/;
const unitSeconds = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;

/** `30m` -> 1800; undefined for anything that is not a positive `<n>s|m|h|d`. */
export function ttlSeconds(ttl: string): number | undefined {
  const [, amount, unit] = ttlPattern.exec(ttl) ?? [];
  const seconds = amount && unit ? Number(amount) * unitSeconds[unit as keyof typeof unitSeconds] : 0;
  return seconds > 0 ? seconds : undefined;
}

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        org: { type: 'string' },
        innovator: { type: 'string' },
        ttl: { type: 'string' },
      },
    });
  } catch (err) {
    // Unknown options and options without their value: Node's message names the option.
    return err instanceof Error ? err.message : String(err);
  }
}

/** Reads `pnpm token`'s arguments; a typing slip is a `refused` with the reason, never a throw. */
export function readTokenCommand(args: string[]): TokenCommand {
  const parsed = parse(args);
  if (typeof parsed === 'string') return { kind: 'refused', problem: parsed };
  const { positionals, values } = parsed;
  if (values.help) return { kind: 'help', text: help };
  const refused = (problem: string): TokenCommand => ({ kind: 'refused', problem });
  const [role, ...extra] = positionals;
  if (role === undefined) return refused('name the role the token is for');
  if (!roles.includes(role as Role)) return refused(`unknown role "${role}"`);
  if (extra.length > 0) return refused(`unexpected argument "${extra.join(' ')}"`);
  if (role === 'need_owner' && !values.org)
    return refused('a need_owner token is bound to an organisation: pass --org ID');
  if (role === 'innovator' && !values.innovator)
    return refused('an innovator token is bound to an innovator: pass --innovator ID');
  if (values.ttl !== undefined && ttlSeconds(values.ttl) === undefined)
    return refused(`--ttl "${values.ttl}" is not a lifetime such as 30m, 12h or 1d`);
  return {
    kind: 'sign',
    role: role as Role,
    organisationId: values.org,
    innovatorId: values.innovator,
    ttl: values.ttl,
  };
}
