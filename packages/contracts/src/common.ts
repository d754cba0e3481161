import { z } from 'zod';

/** Text limits shared by every door that accepts user text. */
export const textLimits = {
  name: 200,
  title: 300,
  description: 20_000,
  email: 320,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, _ . : - only');
/**
 * Free text from users. A NUL character is refused here, at the door, because Postgres cannot
 * store it in text columns and the failure would otherwise surface as a 500 deep in a write.
 */
export const textSchema = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((text) => !text.includes('\u0000'), 'must not contain NUL characters');

export const externalIdSchema = textSchema(1, 200);

export const sdgGoalSchema = z.number().int().min(1).max(17);
/** A target code such as `5.5` or `16.b`: goal number, a dot, a number or letter. */
export const sdgTargetSchema = z
  .string()
  .regex(/^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])$/, 'an SDG target code such as 5.5 or 16.b');

export const genders = ['woman', 'man', 'non_binary', 'undisclosed'] as const;
export const genderSchema = z.enum(genders);
export type Gender = z.infer<typeof genderSchema>;

export const locales = ['sv', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const ideaStages = ['idea', 'prototype', 'pilot', 'scaling'] as const;
export const ideaStageSchema = z.enum(ideaStages);
export type IdeaStage = z.infer<typeof ideaStageSchema>;

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** A detected text language; `unknown` when the text gives too little to tell. */
export const languageOrUnknown = z.enum(['sv', 'en', 'unknown']);
