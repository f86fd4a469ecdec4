/**
 * Meaning parity: a translated page that drops or changes what carries a fact (a portal message, a
 * label, a figure, a callout, a list item, a step, a link target) fails, naming file and anchor; a
 * reviewed exception in the translation's frontmatter suppresses exactly its own difference.
 */
import { describe, expect, it } from 'vitest';
import { checkMeaningParity } from '../../src/content/meaning-parity.ts';

const englishBody = `Intro text with a [link to activation](../activate/#activate-the-benefit).

## The error {#the-error}

The portal may show <PortalMessage id="access-id-already-associated" />.

<Callout kind="important">
This message is wrong. Ignore it.
</Callout>

## What it covers {#what-it-covers}

- Gold gives <Entitlement offer="gold" benefit="product-support" />.
- Silver gives <Entitlement offer="silver" benefit="product-support" />.
- See the [table](../entitlements/#entitlement-table).

1. Expand <Label id="benefits" />.
2. Select <Label id="technical-benefits" />.

Go to <ExternalLink to="support-for-business">Support for Business</ExternalLink>.
`;

/** The fixture's Spanish translation: same facts, other words. */
const spanishBody = `Texto de introducción con un [enlace a la activación](../activate/#activate-the-benefit).

## El error {#the-error}

El portal puede mostrar <PortalMessage id="access-id-already-associated" explain />.

<Callout kind="important">
Este mensaje es erróneo. No le haga caso.
</Callout>

## Qué cubre {#what-it-covers}

- Gold incluye <Entitlement offer="gold" benefit="product-support" />.
- Silver incluye <Entitlement offer="silver" benefit="product-support" />.
- Consulte la [tabla](../entitlements/#entitlement-table).

1. Despliegue <Label id="benefits" />.
2. Seleccione <Label id="technical-benefits" />.

Vaya a <ExternalLink to="support-for-business">Support for Business</ExternalLink>.
`;

const frontmatter = (extra = '') =>
  `---\ntitle: T\ndescription: A page description long enough.\norder: 1\nsection: overview\n${extra}---\n\n`;
const exception = (anchor: string, what: string) =>
  `parityExceptions:\n  - anchor: ${anchor}\n    what: ${what}\n    reason: One sentence reads better in Spanish here.\n`;
const english = { path: 'content/en/page.mdx', source: frontmatter() + englishBody };
const translated = (body: string, extra = '') => ({ path: 'content/es-es/page.mdx', source: frontmatter(extra) + body });
const check = (body: string, extra = '') => checkMeaningParity(english, translated(body, extra));

/** Replaces one exact piece of the Spanish fixture, failing loudly if it is not there. */
function edit(find: string, replace: string): string {
  expect(spanishBody).toContain(find);
  return spanishBody.replace(find, replace);
}

describe('meaning parity of a translated page', () => {
  it('accepts a faithful translation, whatever its wording and its `explain` prop', () => {
    expect(check(spanishBody)).toEqual([]);
  });

  it('fails on a dropped callout, naming file and anchor', () => {
    const body = edit('<Callout kind="important">\nEste mensaje es erróneo. No le haga caso.\n</Callout>', '');
    expect(check(body)).toEqual(['content/es-es/page.mdx #the-error: 0 × <Callout kind="important">, English has 1']);
  });

  it('fails on a callout of another kind', () => {
    const body = edit('<Callout kind="important">', '<Callout kind="note">');
    expect(check(body)).toEqual([
      'content/es-es/page.mdx #the-error: 0 × <Callout kind="important">, English has 1',
      'content/es-es/page.mdx #the-error: 1 × <Callout kind="note">, English has 0',
    ]);
  });

  it('fails on a hand-typed portal message instead of the component', () => {
    const body = edit(
      '<PortalMessage id="access-id-already-associated" explain />',
      '<q lang="en">Access ID is already associated</q>',
    );
    expect(check(body)).toEqual([
      'content/es-es/page.mdx #the-error: 0 × <PortalMessage id="access-id-already-associated">, English has 1',
    ]);
  });

  it('fails on a figure of another offer', () => {
    const body = edit(
      '<Entitlement offer="silver" benefit="product-support" />',
      '<Entitlement offer="action-pack" benefit="product-support" />',
    );
    expect(check(body)).toEqual([
      'content/es-es/page.mdx #what-it-covers: 1 × <Entitlement benefit="product-support" offer="action-pack">, English has 0',
      'content/es-es/page.mdx #what-it-covers: 0 × <Entitlement benefit="product-support" offer="silver">, English has 1',
    ]);
  });

  it('fails on list items merged into one', () => {
    const body = edit(
      '<Entitlement offer="gold" benefit="product-support" />.\n- Silver incluye',
      '<Entitlement offer="gold" benefit="product-support" /> y Silver incluye',
    );
    expect(check(body)).toEqual(['content/es-es/page.mdx #what-it-covers: 2 list items, English has 3']);
  });

  it('fails on a step split in two', () => {
    const body = edit('2. Seleccione', '2. Busque la página.\n3. Seleccione');
    expect(check(body)).toEqual(['content/es-es/page.mdx #what-it-covers: 3 steps, English has 2']);
  });

  it('fails on a changed link target, also before the first section and on an external link', () => {
    const body = edit('(../activate/#activate-the-benefit)', '(../activate/#sign-in)').replace(
      'to="support-for-business"',
      'to="supported-products-n-1"',
    );
    expect(check(body)).toEqual([
      'content/es-es/page.mdx #top: 0 × link guide/activate/#activate-the-benefit, English has 1',
      'content/es-es/page.mdx #top: 1 × link guide/activate/#sign-in, English has 0',
      'content/es-es/page.mdx #what-it-covers: 0 × <ExternalLink to="support-for-business">, English has 1',
      'content/es-es/page.mdx #what-it-covers: 1 × <ExternalLink to="supported-products-n-1">, English has 0',
    ]);
  });

  it('fails on a changed label id', () => {
    const body = edit('<Label id="benefits" />', '<Label id="account" />');
    expect(check(body)).toEqual([
      'content/es-es/page.mdx #what-it-covers: 1 × <Label id="account">, English has 0',
      'content/es-es/page.mdx #what-it-covers: 0 × <Label id="benefits">, English has 1',
    ]);
  });

  describe('parityExceptions in the frontmatter', () => {
    const merged = edit(
      '<Entitlement offer="gold" benefit="product-support" />.\n- Silver incluye',
      '<Entitlement offer="gold" benefit="product-support" /> y Silver incluye',
    );

    it('suppress exactly the difference they name', () => {
      expect(check(merged, exception('what-it-covers', 'list items'))).toEqual([]);
    });

    it('do not suppress another difference in the same section', () => {
      const alsoStep = merged.replace('2. Seleccione', '2. Busque la página.\n3. Seleccione');
      expect(check(alsoStep, exception('what-it-covers', 'list items'))).toEqual([
        'content/es-es/page.mdx #what-it-covers: 3 steps, English has 2',
      ]);
    });

    it('do not suppress the same difference in another section', () => {
      expect(check(merged, exception('the-error', 'list items'))).toEqual([
        'content/es-es/page.mdx #what-it-covers: 2 list items, English has 3',
        'content/es-es/page.mdx #the-error: parity exception for "list items" matches no difference from English; remove it',
      ]);
    });

    it('fail when they no longer match a difference, so they cannot rot', () => {
      expect(check(spanishBody, exception('what-it-covers', 'list items'))).toEqual([
        'content/es-es/page.mdx #what-it-covers: parity exception for "list items" matches no difference from English; remove it',
      ]);
    });

    it('fail when they name no section of the page', () => {
      expect(check(spanishBody, exception('nowhere', 'list items'))).toEqual([
        'content/es-es/page.mdx: parity exception for #nowhere names no section of the page',
      ]);
    });

    it('fail without a reason, naming the field', () => {
      const noReason = 'parityExceptions:\n  - anchor: what-it-covers\n    what: list items\n';
      expect(check(merged, noReason)).toEqual([
        'content/es-es/page.mdx: frontmatter "parityExceptions"[0].reason: Invalid input: expected string, received undefined',
        'content/es-es/page.mdx #what-it-covers: 2 list items, English has 3',
      ]);
    });
  });

  it('refuses exceptions on the English page', () => {
    const englishWithException = { ...english, source: frontmatter(exception('what-it-covers', 'list items')) + englishBody };
    expect(checkMeaningParity(englishWithException, translated(spanishBody))).toEqual([
      'content/en/page.mdx: frontmatter "parityExceptions" belongs on translations only',
    ]);
  });

  it('names the file when the MDX cannot be parsed', () => {
    expect(check(spanishBody + '\n<Callout kind="note">\nunclosed\n')).toEqual([
      expect.stringMatching(/^content\/es-es\/page\.mdx: cannot be read for meaning parity: /),
    ]);
  });
});
