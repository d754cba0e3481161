import { defineRoute, type Route } from '@suite/platform';

/**
 * Browsers ask every site for /favicon.ico; the 404 it got showed as an error in the console of
 * every page here. This service has no icon, so it says so without an error, and for a week.
 */
export const faviconRoutes = (): Route[] => [
  defineRoute({
    method: 'get',
    path: '/favicon.ico',
    summary: 'No icon: answers browsers that ask for one without an error',
    tags: ['pages'],
    auth: 'public',
    responses: { 204: { description: 'No icon' } },
    handler: async () => ({ status: 204, headers: { 'cache-control': 'public, max-age=604800' } }),
  }),
];
