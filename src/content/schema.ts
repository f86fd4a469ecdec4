/**
 * The guide's frontmatter and `_group.yaml` fields, shared by the collection (src/content.config.ts),
 * the one reader of the sources (src/content/sources.ts) and the source check before the build
 * (src/content/page-lint.ts), which can then name the line of each wrong field and every problem at once.
 */
import { z } from 'astro/zod';
import { sectionKeys } from '../rules/program.ts';

export const guidePageSchema = z
  .object({
    /** The page's heading and `<title>`. */
    title: z.string().trim().min(1),
    /** One or two sentences for `<meta name="description">` and search results. */
    description: z.string().trim().min(20).max(300),
    /** Position within its group, in the sidebar and in previous/next links. */
    order: z.number().int().positive(),
    /** Optional: the FACTS.md section (S1–S9) a page explains, for pages about the program's rules. */
    section: z.enum(sectionKeys).optional(),
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

export const guideGroupSchema = z
  .object({
    /** Position of the group in the sidebar, the guide index and the reading order. */
    order: z.number().int().positive(),
    /** The group's name, in the locale's language. */
    label: z.string().trim().min(1),
  })
  .strict();

export type GuidePageData = z.output<typeof guidePageSchema>;
