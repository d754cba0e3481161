import { createHttpApp } from '@suite/platform';
import type { IngestDeps } from './deps';
import { organisationRoutes } from './http/organisations.routes';

export function createApp(deps: IngestDeps) {
  return createHttpApp({
    ...deps.http,
    service: 'ingest',
    version: '0.1.0',
    description: 'Organisations, challenges, innovators and ideas: validated, stored, published as events.',
    routes: [...organisationRoutes(deps.organisations)],
  });
}
