import { digestFrequencies, localeSchema } from '@suite/contracts';
import { type AuthOptions, appError, defineRoute, type Route, verifyToken } from '@suite/platform';
import { z } from 'zod';
import { type MailPreferences, mailChoices, preferencesOfChoice } from '../domain/mail-preferences';
import { preferencesPage } from '../domain/preferences-page';
import {
  alreadyUnsubscribedPage,
  unsubscribeConfirmPage,
  unsubscribedPage,
} from '../domain/unsubscribe-page';
import { verifyUnsubscribeToken } from '../domain/unsubscribe-token';
import type { RecipientsRepository } from '../storage/recipients.repository';
import { withInvalidLinkPage } from './invalid-link-page';
import { oneClickBody } from './one-click-body';

export interface PreferenceRoutesDeps {
  recipients: RecipientsRepository;
  auth: AuthOptions;
  unsubscribeSecret: string;
  /**
   * After a change here: ingest is told, and a switch to `immediate` sends what was waiting for a
   * digest.
   */
  onPreferencesChanged: (innovatorId: string, preferences: MailPreferences) => Promise<unknown>;
}

const tokenQuery = z.object({ token: z.string().min(1).max(1_000) });
const optionalTokenQuery = z.object({ token: z.string().min(1).max(1_000).optional() });
/**
 * The pages' forms answer with a redirect to their page with one of these flags (`=1`), so reloading
 * the result reads instead of posting again. Any other value is ignored, never an error: a person
 * with a mangled flag still wants the page.
 */
const pageFlag = z.literal('1').optional().catch(undefined);
const unsubscribeQuery = tokenQuery.extend({ done: pageFlag });
const preferencesQuery = optionalTokenQuery.extend({ saved: pageFlag });
const preferencesSchema = z.object({
  digest: z.enum(digestFrequencies),
  emailRecommendations: z.boolean(),
  locale: localeSchema,
});
const preferencesChangeSchema = z
  .strictObject({
    digest: z.enum(digestFrequencies).optional(),
    emailRecommendations: z.boolean().optional(),
    locale: localeSchema.optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'give at least one of digest, emailRecommendations, locale');
/**
 * What the preferences page posts: radio buttons. The page asks one question, `mail` (how often, or
 * off); `digest` and `emailRecommendations` (`on`/`off`) are still taken from forms of its own.
 */
const preferencesFormSchema = z
  .object({
    mail: z.enum(mailChoices).optional(),
    digest: z.enum(digestFrequencies).optional(),
    emailRecommendations: z.enum(['on', 'off']).optional(),
    locale: localeSchema.optional(),
  })
  .refine((c) => Object.keys(c).length > 0, 'give at least one of mail, digest, emailRecommendations, locale')
  .refine(
    (c) => c.mail === undefined || (c.digest === undefined && c.emailRecommendations === undefined),
    'mail answers for digest and emailRecommendations: give it or them, not both',
  );
const oneClickLimit = '1kb';
/** Pages with a person's settings: never kept by a shared cache. */
const personalPage = { 'cache-control': 'no-store' };
const linkNotValid = 'The link is not valid (a page in Swedish and English for browsers)';

/**
 * One answer for every bad link - tampered, foreign, or for someone erased - so the answer never
 * tells whether an address or person exists.
 */
const invalidLink = () =>
  appError('INVALID_TOKEN', 'this link is not valid', {
    errors: [{ path: 'query.token', message: 'not a valid link' }],
  });

export function preferenceRoutes(deps: PreferenceRoutesDeps): Route[] {
  const recipientOfToken = async (token: string) => {
    const innovatorId = verifyUnsubscribeToken(deps.unsubscribeSecret, token);
    const preferences = innovatorId ? await deps.recipients.preferences(innovatorId) : undefined;
    if (!innovatorId || !preferences) throw invalidLink();
    return { innovatorId, preferences };
  };

  /** The signed link from an email, or else the innovator's own bearer token. */
  const innovatorOf = async (
    query: { token?: string },
    authorization: string | undefined,
  ): Promise<string> => {
    if (query.token) return (await recipientOfToken(query.token)).innovatorId;
    const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!bearer)
      throw appError(
        'UNAUTHENTICATED',
        'the link from an email (?token=) or an innovator bearer token is required',
      );
    const principal = await verifyToken(bearer, deps.auth);
    if (principal.role !== 'innovator' || !principal.innovatorId) {
      throw appError('FORBIDDEN', 'only the innovator may read or change these preferences');
    }
    return principal.innovatorId;
  };

  const unknownPerson = () => appError('NOT_FOUND', 'no mail preferences for this innovator');

  const change = async (innovatorId: string, wanted: Partial<MailPreferences>, token: string | undefined) => {
    const preferences = await deps.recipients.setPreferences(innovatorId, wanted);
    if (!preferences) throw token ? invalidLink() : unknownPerson();
    await deps.onPreferencesChanged(innovatorId, preferences);
    return preferences;
  };
  /** Relative links keep the page on whatever host the email link named. */
  const withToken = (path: string, token: string) => `${path}?token=${encodeURIComponent(token)}`;

  // A person following a broken link in a browser gets a page; the JSON API keeps problem+json.
  return [
    withInvalidLinkPage(
      defineRoute({
        method: 'get',
        path: '/v1/unsubscribe',
        summary: 'The page behind the unsubscribe link: asks to confirm, in the recipient language',
        tags: ['unsubscribe'],
        auth: 'public',
        query: unsubscribeQuery,
        responses: {
          200: {
            description:
              'A confirmation page whose button posts the one-click form; once unsubscribed, that result (with `done=1`, where the button redirects) or that this person already is',
            contentType: 'text/html',
          },
          400: { description: linkNotValid },
        },
        handler: async ({ query }) => {
          const { preferences } = await recipientOfToken(query.token);
          const { locale, emailRecommendations } = preferences;
          // Only the POST unsubscribes. Someone who has turned them on again sees the question; someone
          // already off is told so (the link opened twice), not asked again.
          const back = withToken('preferences', query.token);
          const html = emailRecommendations
            ? unsubscribeConfirmPage(locale, withToken('', query.token))
            : query.done === '1'
              ? unsubscribedPage(locale, back)
              : alreadyUnsubscribedPage(locale, back);
          return { status: 200, html, headers: personalPage };
        },
      }),
    ),
    withInvalidLinkPage({
      ...defineRoute({
        method: 'post',
        path: '/v1/unsubscribe',
        summary:
          'One-click unsubscribe (RFC 8058; the form URL-encoded or multipart): stops recommendation email, no cookies or login',
        tags: ['unsubscribe'],
        auth: 'public',
        query: tokenQuery,
        // RFC 8058 clients send List-Unsubscribe=One-Click; an empty POST is taken as the same wish.
        form: z
          .object({
            'List-Unsubscribe': z.literal('One-Click').optional(),
            /** Set by the button of the confirmation page, never by mail clients. */
            from: z.literal('page').optional(),
          })
          .optional(),
        bodyLimit: oneClickLimit,
        responses: {
          200: {
            description: 'Unsubscribed (a small page, for mail clients and anyone else posting the form)',
            contentType: 'text/html',
          },
          303: { description: 'Unsubscribed from the confirmation page: on to its result (`done=1`)' },
          400: { description: linkNotValid },
        },
        handler: async ({ query, body }) => {
          const { innovatorId } = await recipientOfToken(query.token);
          const preferences = await change(innovatorId, { emailRecommendations: false }, query.token);
          if (body?.from === 'page') {
            return { status: 303, headers: { location: `${withToken('', query.token)}&done=1` } };
          }
          const back = withToken('preferences', query.token);
          return { status: 200, html: unsubscribedPage(preferences.locale, back), headers: personalPage };
        },
      }),
      // RFC 8058 section 3.1 allows multipart/form-data too, which the platform's form parser does not read.
      bodyParsers: () => oneClickBody(oneClickLimit),
    }),
    withInvalidLinkPage(
      defineRoute({
        method: 'get',
        path: '/v1/preferences',
        summary: 'Mail preferences, with the link from an email (?token=) or the innovator bearer token',
        tags: ['preferences'],
        auth: 'public',
        query: preferencesQuery,
        responses: {
          200: {
            description:
              'The preferences in force; with the link and Accept: text/html, a page with a form to change them (and with `saved=1`, where the form redirects, a confirmation)',
            schema: preferencesSchema,
          },
          400: { description: linkNotValid },
          401: { description: 'Neither the link from an email nor a bearer token (a page for browsers)' },
        },
        handler: async ({ query, req, res }) => {
          res.vary('Accept');
          const innovatorId = await innovatorOf(query, req.headers.authorization);
          const preferences = await deps.recipients.preferences(innovatorId);
          if (!preferences) throw query.token ? invalidLink() : unknownPerson();
          // A person who clicked the link in an email gets a page; API clients keep the JSON.
          if (query.token && req.accepts(['json', 'html']) === 'html') {
            const html = preferencesPage(preferences, withToken('', query.token), query.saved === '1');
            return { status: 200, html, headers: personalPage };
          }
          return { status: 200, body: preferences, headers: personalPage };
        },
      }),
    ),
    withInvalidLinkPage(
      defineRoute({
        method: 'post',
        path: '/v1/preferences',
        summary:
          'The form of the preferences page (works without scripts): changes like PUT, redirects to the page',
        tags: ['preferences'],
        auth: 'public',
        query: tokenQuery,
        form: preferencesFormSchema,
        bodyLimit: '1kb',
        responses: {
          303: { description: 'Saved: on to the page with the preferences now in force (`saved=1`)' },
          400: { description: 'The form or the link is not valid (for the link, a page for browsers)' },
        },
        handler: async ({ query, body }) => {
          const { innovatorId, preferences } = await recipientOfToken(query.token);
          const { mail, emailRecommendations, ...rest } = body;
          const wanted = {
            ...rest,
            ...(emailRecommendations && { emailRecommendations: emailRecommendations === 'on' }),
            ...(mail && preferencesOfChoice(mail, preferences)),
          };
          await change(innovatorId, wanted, query.token);
          return { status: 303, headers: { location: `${withToken('', query.token)}&saved=1` } };
        },
      }),
    ),
    defineRoute({
      method: 'put',
      path: '/v1/preferences',
      summary: 'Changes mail preferences (any of digest, emailRecommendations, locale)',
      tags: ['preferences'],
      auth: 'public',
      query: optionalTokenQuery,
      body: preferencesChangeSchema,
      bodyLimit: '4kb',
      responses: { 200: { description: 'The preferences now in force', schema: preferencesSchema } },
      handler: async ({ query, body, req }) => {
        const innovatorId = await innovatorOf(query, req.headers.authorization);
        return { status: 200, body: await change(innovatorId, body, query.token) };
      },
    }),
  ];
}
