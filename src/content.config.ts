/**
 * The guide: MDX pages in `content/<locale>/<group>/<page>.mdx` and, per locale and group, a
 * `_group.yaml` with the group's position and label. The schemas fail the build with the file and
 * field named when frontmatter or a group file is missing a field or has a wrong one.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideGroupSchema, guidePageSchema } from './content/schema.ts';

export const collections = {
  guide: defineCollection({
    loader: glob({ pattern: '*/*/*.mdx', base: './content' }),
    schema: guidePageSchema,
  }),
  guideGroups: defineCollection({
    loader: glob({ pattern: '*/*/_group.yaml', base: './content' }),
    schema: guideGroupSchema,
  }),
};
