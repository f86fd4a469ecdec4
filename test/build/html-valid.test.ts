/** Every built page is valid HTML (html-validate's recommended rules). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages, readDistFile } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Search engines' advice, not validity: titles carry the page and the site name.
    'long-title': 'off',
    // Prettier writes void elements as `<br />`; both forms are valid HTML.
    'void-style': 'off',
    // The calculator's offer checkboxes share one name: repeated `offer=` is its documented URL.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox'] }],
  },
});

describe('HTML validity', () => {
  it('every page in dist/ validates without errors', async () => {
    const pages = builtPages().filter((page) => !page.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readDistFile(page), `dist/${page}`);
      for (const result of report.results) {
        for (const message of result.messages)
          problems.push(`${result.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
