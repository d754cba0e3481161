import { idSchema, organisationSchema } from '@suite/contracts';
import { defineRoute, forbidden, notFound, type Route } from '@suite/platform';
import { z } from 'zod';
import { canReadOrganisation } from '../domain/organisation-access';
import type { OrganisationsRepository } from '../storage/organisations.repository';

const storedOrganisationSchema = organisationSchema.extend({ version: z.number().int() });

export function organisationRoutes(repo: OrganisationsRepository): Route[] {
  return [
    defineRoute({
      method: 'put',
      path: '/v1/organisations/{id}',
      summary: 'Create or replace an organisation (need owner)',
      tags: ['organisations'],
      auth: ['admin', 'service'],
      params: z.object({ id: idSchema }),
      body: organisationSchema.omit({ id: true }),
      responses: { 200: { description: 'The stored organisation', schema: storedOrganisationSchema } },
      handler: async ({ params, body }) => ({
        status: 200,
        body: await repo.upsert({ ...body, id: params.id }),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/v1/organisations/{id}',
      summary: 'Read an organisation',
      tags: ['organisations'],
      auth: ['admin', 'service', 'need_owner'],
      params: z.object({ id: idSchema }),
      responses: {
        200: { description: 'The organisation', schema: storedOrganisationSchema },
        404: { description: 'No such organisation' },
      },
      handler: async ({ params, principal }) => {
        if (!canReadOrganisation(principal, params.id)) throw forbidden('not your organisation');
        const org = await repo.get(params.id);
        if (!org) throw notFound(`organisation ${params.id} does not exist`);
        return { status: 200, body: org };
      },
    }),
  ];
}
