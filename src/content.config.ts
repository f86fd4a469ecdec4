/**
 * The guide's pages: MDX in `content/<locale>/<page>.mdx`, the same relative path in every locale.
 * The schema fails the build with the file and field named when frontmatter is missing or wrong.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sectionKeys } from './rules/program.ts';

export const guidePageSchema = z
  .object({
    /** The page's heading and `<title>`. */
    title: z.string().trim().min(1),
    /** One or two sentences for `<meta name="description">` and search results. */
    description: z.string().trim().min(20).max(300),
    /** Position in the sidebar and in previous/next links. */
    order: z.number().int().positive(),
    /** The FACTS.md section this page explains (S1–S9). */
    section: z.enum(sectionKeys),
    /** Translations only: the version of the English page translated (`npm run translations`). */
    translates: z
      .string()
      .regex(/^[0-9a-f]{12}$/, 'must be the 12-hex-digit version printed by `npm run translations`')
      .optional(),
    /** Translations only: reviewed differences from English that meaning parity accepts (src/content/meaning-parity.ts). */
    parityExceptions: z
      .array(z.object({ anchor: z.string().min(1), what: z.string().min(1), reason: z.string().trim().min(10) }).strict())
      .optional(),
  })
  .strict();

export const collections = {
  guide: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content' }),
    schema: guidePageSchema,
  }),
};
