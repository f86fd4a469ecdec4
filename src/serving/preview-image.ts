/**
 * The picture a chat or social network shows for a shared link: the site's name and tagline in one
 * locale, drawn as SVG and rendered to a 1200×630 PNG at build time (no image service at runtime).
 */
import sharp from 'sharp';

export const previewImageSize = { width: 1200, height: 630 } as const;

/** Where a locale's image lives below the base (the pages' `og:image`). */
export const previewImagePath = (localePath: string): string => `og/${localePath}.png`;

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!);

/** Greedy word wrap by character count: SVG has no line breaking of its own. */
function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function previewSvg(name: string, tagline: string, lang: string): string {
  const title = wrap(name, 28)
    .map((line, index) => `<tspan x="80" y="${200 + index * 80}">${escapeXml(line)}</tspan>`)
    .join('');
  const titleLines = wrap(name, 28).length;
  const text = wrap(tagline, 52)
    .slice(0, 4)
    .map((line, index) => `<tspan x="80" y="${230 + titleLines * 80 + index * 46}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630" xml:lang="${lang}">
<rect width="1200" height="630" fill="#0b3d5c"/>
<rect x="80" y="80" width="120" height="12" fill="#f2b134"/>
<text font-family="DejaVu Sans, Arial, sans-serif" font-size="64" font-weight="bold" fill="#ffffff">${title}</text>
<text font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#dfeaf2">${text}</text>
</svg>`;
}

export async function renderPreviewImage(name: string, tagline: string, lang: string): Promise<Buffer> {
  return sharp(Buffer.from(previewSvg(name, tagline, lang)))
    .resize(previewImageSize.width, previewImageSize.height)
    .png({ compressionLevel: 9 })
    .toBuffer();
}
