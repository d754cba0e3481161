import { describe, expect, it } from 'vitest';
import { readTokenCommand, ttlSeconds } from './token-args';

describe('pnpm token arguments', () => {
  it('answers the help text for --help and -h, whatever else is on the line', () => {
    for (const args of [['--help'], ['-h'], ['admin', '--help']]) {
      const command = readTokenCommand(args);
      expect(command.kind, args.join(' ')).toBe('help');
      if (command.kind === 'help') expect(command.text).toMatch(/^usage: pnpm token </);
    }
  });

  it('refuses a typing slip with what is wrong, never a throw', () => {
    const cases: Array<[string[], RegExp]> = [
      [['admin', '--ttl', 'banana'], /--ttl "banana"/],
      [['admin', '--ttl', '0h'], /--ttl "0h"/],
      [['admin', '--ttl', '2 hours'], /--ttl/],
      [['admin', '--ttl'], /--ttl/],
      [['admin', '--bogus'], /--bogus/],
      [['admin', 'extra'], /unexpected argument "extra"/],
      [['robot'], /unknown role "robot"/],
      [[], /role/],
      [['need_owner'], /--org/],
      [['innovator', '--org', 'org-1'], /--innovator/],
    ];
    for (const [args, problem] of cases) {
      const command = readTokenCommand(args);
      expect(command.kind, args.join(' ')).toBe('refused');
      if (command.kind === 'refused') expect(command.problem).toMatch(problem);
    }
  });

  it('reads a role with its binding and lifetime', () => {
    expect(readTokenCommand(['need_owner', '--org', 'org-1', '--ttl', '30m'])).toEqual({
      kind: 'sign',
      role: 'need_owner',
      organisationId: 'org-1',
      innovatorId: undefined,
      ttl: '30m',
    });
    expect(readTokenCommand(['admin'])).toMatchObject({ kind: 'sign', role: 'admin', ttl: undefined });
  });

  it('reads lifetimes in the shape JWT_MAX_TTL takes', () => {
    expect([ttlSeconds('45s'), ttlSeconds('30m'), ttlSeconds('12h'), ttlSeconds('7d')]).toEqual([
      45, 1_800, 43_200, 604_800,
    ]);
    for (const bad of ['0m', '12', 'h', '1w', '-1h', '1.5h']) expect(ttlSeconds(bad), bad).toBeUndefined();
  });
});
