import { idSchema, localeSchema } from '@suite/contracts';
import { appError, defineRoute, type Route } from '@suite/platform';
import { z } from 'zod';
import { submitIdeaLink } from '../domain/challenge-link';
import { challengeGonePage, challengeMissingPage, challengePage } from '../domain/challenge-page';
import type { ChallengesRepository } from '../storage/challenges.repository';
import { isBadAddress, langOf, withBrowserErrorPage } from './browser-error-page';

/**
 * The page behind "read the challenge" in recommendation emails: a person with no login can read
 * what the challenge asks, in their language. Only published challenges (open or closed) show;
 * drafts and unknown ids get the same not-found answer. A challenge this service knows only as
 * closed (the close arrived, its text never did) is 410 Gone for browsers: it existed and will not
 * come back, which a not-found page would hide from a person following an old email.
 */
export function challengePageRoutes(deps: {
  challenges: ChallengesRepository;
  config: { TIMEZONE: string; PUBLIC_SUBMIT_URL?: string | undefined };
}): Route[] {
  const route = defineRoute({
    method: 'get',
    path: '/v1/challenge-pages/{id}',
    summary: 'A readable page of a published challenge, for the links in recommendation emails',
    tags: ['challenges'],
    auth: 'public',
    params: z.object({ id: idSchema }),
    // A hint, not a demand: a person whose link says `lang=de` (or twice) still wants the page.
    query: z.object({ lang: localeSchema.optional().catch(undefined) }),
    responses: {
      200: {
        description: 'The challenge: title, need owner, deadline, description, goals',
        contentType: 'text/html',
      },
      400: {
        description:
          'An id no challenge can have (a mangled link): the not-found page for browsers, problem+json for others',
        contentType: 'text/html',
      },
      404: {
        description:
          'No such published challenge: a page for browsers (Accept: text/html), problem+json for others',
        contentType: 'text/html',
      },
      410: {
        description: 'Closed, and its text is not known here: a page for browsers (API clients get the 404)',
        contentType: 'text/html',
      },
    },
    handler: async ({ params, query, req, res }) => {
      res.vary('Accept');
      const challenge = await deps.challenges.page(params.id);
      const published = challenge?.title && (challenge.status === 'open' || challenge.status === 'closed');
      // The reader's language from the link, else the challenge's own; unknown: both languages.
      const known = query.lang ?? localeSchema.safeParse(challenge?.locale).data;
      if (!challenge || !published) {
        // People following a link get a page; API clients get the error vocabulary of every route.
        if (req.accepts(['json', 'html']) !== 'html')
          throw appError('NOT_FOUND', 'no such published challenge');
        if (challenge?.status === 'closed') return { status: 410, html: challengeGonePage(known) };
        return { status: 404, html: challengeMissingPage(known) };
      }
      const locale = known ?? 'sv';
      const submit = deps.config.PUBLIC_SUBMIT_URL;
      return {
        status: 200,
        html: challengePage(
          locale,
          {
            title: challenge.title ?? '',
            description: challenge.description,
            organisationName: challenge.organisationName,
            sdgs: challenge.sdgs ?? [],
            closed: challenge.status === 'closed',
            deadline: challenge.deadline,
            submitUrl: submit && submitIdeaLink(submit, params.id, locale),
          },
          { now: new Date(), timeZone: deps.config.TIMEZONE },
        ),
      };
    },
  });
  // An id that cannot be one is a link that lost or gained characters on its way (a space, a cut):
  // to the person it is a challenge that cannot be found, so the same page, with the same 400.
  return [
    withBrowserErrorPage(route, (err, req) =>
      isBadAddress(err) ? challengeMissingPage(langOf(req)) : undefined,
    ),
  ];
}
