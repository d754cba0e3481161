import { type Role, signToken } from '@suite/platform';
import { type DbDriver, startServiceForTest } from '@suite/testing';
import { createApp } from '../app';
import { loadMatchingConfig } from '../config';
import { createDeps, type MatchingDeps } from '../deps';

/** Four ideas about clean drinking water: what the default test challenge asks for. */
export const waterIdeas = [
  [
    'Solar water purifier',
    'A cheap solar powered filter that makes river water safe to drink for rural families.',
  ],
  [
    'Village well repair teams',
    'Train local mechanics to repair broken wells and hand pumps so villages keep clean water.',
  ],
  [
    'Rainwater harvesting kits',
    'Roof gutters and tanks collect rainwater; a filter makes the water drinkable.',
  ],
  [
    'Clay pot water filters',
    'Potters make ceramic filters that clean drinking water for families in rural villages.',
  ],
] as const;

export type TokenScope = { organisationId?: string; innovatorId?: string; subject?: string };

export interface MatchingUnderTest {
  app: ReturnType<typeof createApp>;
  deps: MatchingDeps;
  close: () => Promise<void>;
  /** A bearer token (without the "Bearer " prefix) for the role and scope. */
  token: (role: Role, scope?: TokenScope) => Promise<string>;
}

/** The matching app on the driver's database, with a token minter for its secret. */
export async function startMatchingUnderTest(driver: DbDriver): Promise<MatchingUnderTest> {
  const started = await startServiceForTest(driver, {
    loadConfig: loadMatchingConfig,
    createDeps,
    createApp,
  })();
  const { JWT_SECRET: secret, JWT_ISSUER: issuer } = started.config;
  return {
    app: started.app,
    deps: started.deps,
    close: started.close,
    token: (role, scope = {}) => signToken({ secret, issuer, role, ...scope }),
  };
}

/** Polls until the check holds: for background work recorded after a response. */
export async function waitUntil(check: () => Promise<boolean>, what = 'background work'): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
