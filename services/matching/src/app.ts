import { createHttpApp } from '@suite/platform';
import type { MatchingDeps } from './deps';
import { adminRoutes } from './http/admin.routes';

export function createApp(deps: MatchingDeps) {
  return createHttpApp({
    ...deps.http,
    service: 'matching',
    version: '0.1.0',
    description: 'Scores ideas against challenges and serves explained, gender-balanced shortlists.',
    routes: [...adminRoutes(deps.projection)],
  });
}
