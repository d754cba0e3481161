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
  .regex(/^[A-Za-z0-9_.:-]+$/, 'letters, digits, _ . : - only')
  // As a path segment `.` and `..` are resolved away by URL handling: such a record is unreachable.
  .refine((id) => id !== '.' && id !== '..', 'must not be . or ..');

/** A UTF-16 surrogate not paired with its other half: not a character, and not valid in UTF-8. */
const unpairedSurrogate = /\p{Cs}/u;
/** Text that shows nothing: whitespace and invisible characters (zero-width space, joiners, BOM). */
const blankText = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}]+$/u;

/**
 * Free text from users. A NUL character or an unpaired surrogate is refused here, at the door,
 * because Postgres cannot store either (text columns refuse NUL, jsonb refuses `\ud800`) and the
 * failure would otherwise surface as a 500 deep in a write. Required text must show something.
 */
export const textSchema = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((text) => !text.includes('\u0000'), 'must not contain NUL characters')
    .refine((text) => !unpairedSurrogate.test(text), 'must not contain unpaired surrogate characters')
    .refine((text) => min === 0 || !blankText.test(text), 'must not be blank');

export const externalIdSchema = textSchema(1, 200);

export const sdgGoalSchema = z.number().int().min(1).max(17);

/** A list in which each item counts once: repeats are dropped (first order kept), not refused. */
export const distinctList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .overwrite((items) => [...new Set(items)])
    .max(max);
/**
 * The form of a target code such as `5.5` or `16.b`: goal number, a dot, a number or letter.
 * `sdgTargetIdSchema` also checks that the UN defines the target.
 */
export const sdgTargetSchema = z.string().regex(/^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])$/, {
  message: 'an SDG target code such as 5.5 or 16.b',
  // A malformed code gets this one message, not also the "no such target" of sdgTargetIdSchema.
  abort: true,
});

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
