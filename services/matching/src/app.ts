import { consoleRoutes } from '@suite/console';
import { createHttpApp, queueDashboard } from '@suite/platform';
import type { MatchingDeps } from './deps';
import { adminRoutes } from './http/admin.routes';
import { adminConfigRoutes } from './http/admin-config.routes';
import { decisionsRoutes } from './http/decisions.routes';
import { outcomesRoutes } from './http/outcomes.routes';
import { recommendationRoutes } from './http/recommendations.routes';
import { sdgTagsRoutes } from './http/sdg-tags.routes';
import { shortlistRoutes } from './http/shortlist.routes';

export function createApp(deps: MatchingDeps) {
  return createHttpApp({
    ...deps.http,
    service: 'matching',
    version: '0.1.0',
    description: 'Scores ideas against challenges and serves explained, gender-balanced shortlists.',
    routes: [
      ...shortlistRoutes(deps),
      ...recommendationRoutes(deps),
      ...sdgTagsRoutes(),
      ...adminRoutes(deps.projection),
      ...adminConfigRoutes(deps),
      ...decisionsRoutes(deps),
      ...outcomesRoutes(deps),
      ...consoleRoutes(),
    ],
    extraRouters: [queueDashboard({ queues: deps.ownedQueues, auth: deps.http.auth })],
  });
}
