import { createHttpApp } from '@suite/platform';
import type { IngestDeps } from './deps';
import { challengeRoutes } from './http/challenges.routes';
import { ideaRoutes } from './http/ideas.routes';
import { importRoutes } from './http/imports.routes';
import { innovatorRoutes } from './http/innovators.routes';
import { organisationRoutes } from './http/organisations.routes';
import { privacyRoutes } from './http/privacy.routes';

export function createApp(deps: IngestDeps) {
  return createHttpApp({
    ...deps.http,
    service: 'ingest',
    version: '0.2.0',
    description:
      'The system of record: organisations, challenges, innovators and ideas, validated, stored and published as events; bulk import; GDPR export and erasure.',
    routes: [
      ...organisationRoutes(deps),
      ...challengeRoutes(deps),
      ...innovatorRoutes(deps),
      ...privacyRoutes(deps),
      ...ideaRoutes(deps),
      ...importRoutes(deps),
    ],
  });
}
