import { idSchema, localeSchema } from '@suite/contracts';
import { appError, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import { challengeMissingPage, challengePage } from '../domain/challenge-page';
import type { ChallengesRepository } from '../storage/challenges.repository';

/**
 * The page behind "read the challenge" in recommendation emails: a person with no login can read
 * what the challenge asks, in their language. Only published challenges (open or closed) show;
 * drafts and unknown ids get the same not-found answer.
 */
export function challengePageRoutes(deps: { challenges: ChallengesRepository }): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/v1/challenge-pages/{id}',
      summary: 'A readable page of a published challenge, for the links in recommendation emails',
      tags: ['challenges'],
      auth: 'public',
      params: z.object({ id: idSchema }),
      query: z.object({ lang: localeSchema.optional() }),
      responses: {
        200: {
          description: 'The challenge: title, need owner, description, goals',
          contentType: 'text/html',
        },
        404: {
          description:
            'No such published challenge: a page for browsers (Accept: text/html), problem+json for others',
          contentType: 'text/html',
        },
      },
      handler: async ({ params, query, req }) => {
        const challenge = await deps.challenges.page(params.id);
        const published = challenge?.title && (challenge.status === 'open' || challenge.status === 'closed');
        const locale = query.lang ?? (challenge?.locale === 'en' ? 'en' : 'sv');
        if (!challenge || !published) {
          // People following a link get a page; API clients get the error vocabulary of every route.
          if (req.accepts(['json', 'html']) === 'html')
            return { status: 404, html: challengeMissingPage(locale) };
          throw appError('NOT_FOUND', 'no such published challenge');
        }
        return {
          status: 200,
          html: challengePage(locale, {
            title: challenge.title ?? '',
            description: challenge.description,
            organisationName: challenge.organisationName,
            sdgs: challenge.sdgs ?? [],
            closed: challenge.status === 'closed',
          }),
        };
      },
    }),
  ];
}
