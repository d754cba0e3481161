import { sdgTagsRequestSchema, sdgTagsSchema } from '@suite/contracts';
import { defineRoute, type Route } from '@suite/platform';
import { analysisLanguage, analyzeForSdgs, formsAsWritten, tagSdgs, termWords } from '@suite/text';

export function sdgTagsRoutes(): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/v1/sdg/tags',
      summary: 'SDG goals a text addresses (Swedish or English), with scores and the evidence terms',
      tags: ['matching'],
      auth: ['admin', 'need_owner', 'innovator', 'service'],
      body: sdgTagsRequestSchema,
      // One analysis of up to ~1 MB of text; a bigger body is refused with 413 before any work.
      bodyLimit: '1mb',
      responses: {
        200: {
          description: 'Tagged goals, strongest first (empty for a text without SDG evidence)',
          schema: sdgTagsSchema,
        },
      },
      handler: async ({ body }) => {
        const analysed = analyzeForSdgs(body.text);
        const tagging = tagSdgs(analysed);
        const language = analysed.lang;
        // Evidence as the text wrote it ("Teachers"), not the lexicon's forms ("teacher", "educator").
        const lang = analysisLanguage(language, body.text);
        const words = termWords({ body: body.text }, lang);
        return {
          status: 200,
          body: {
            language,
            goals: tagging.tags.map((tag) => ({
              goal: tag.goal,
              score: tag.score,
              evidence: formsAsWritten(tag.evidence, words, lang),
              targets: tagging.targets
                .filter((t) => t.target.startsWith(`${tag.goal}.`))
                .map((t) => t.target),
            })),
          },
        };
      },
    }),
  ];
}
