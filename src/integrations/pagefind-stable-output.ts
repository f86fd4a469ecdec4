/**
 * Makes Pagefind's output reproducible. Pagefind keeps a filter's values in a hash map, so the order
 * of `guide`, `troubleshooting` and `calculator` in each language's filter chunk changes from one
 * run to the next, and with it the chunk's name, the metadata file naming it, and
 * `pagefind-entry.json`. The build must give the same files every time, so the filter chunks are
 * rewritten with their values sorted, renamed by their content, and the names updated where they
 * are referenced. The rewrite refuses any chunk it cannot re-encode byte for byte, so a change in
 * Pagefind's format fails the build instead of corrupting the index.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PagefindEntry } from './search-index.ts';

/** The CBOR items Pagefind's filter chunks use: unsigned integers, text and arrays. */
type Cbor = number | string | Cbor[];

function decodeCbor(bytes: Buffer): Cbor {
  let at = 0;
  const item = (): Cbor => {
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    let length: number;
    if (info < 24) length = info;
    else if (info === 24) length = bytes.readUInt8(at);
    else if (info === 25) length = bytes.readUInt16BE(at);
    else if (info === 26) length = bytes.readUInt32BE(at);
    else throw new Error(`unexpected CBOR head 0x${initial.toString(16)}`);
    at += info < 24 ? 0 : 2 ** (info - 24);
    if (major === 0) return length;
    if (major === 3) return bytes.toString('utf8', at, (at += length));
    if (major === 4) return Array.from({ length }, item);
    throw new Error(`unexpected CBOR major type ${major}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error('trailing bytes after CBOR item');
  return value;
}

function cborHead(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  const size = value < 0x100 ? 1 : value < 0x10000 ? 2 : 4;
  const head = Buffer.alloc(1 + size);
  head[0] = (major << 5) | (24 + Math.log2(size));
  head.writeUIntBE(value, 1, size);
  return head;
}

function encodeCbor(value: Cbor): Buffer {
  if (typeof value === 'number') return cborHead(0, value);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([cborHead(3, text.length), text]);
  }
  return Buffer.concat([cborHead(4, value.length), ...value.map(encodeCbor)]);
}

const chunkMarker = Buffer.from('pagefind_dcd');

/** A chunk's payload: Pagefind gzips `pagefind_dcd` + CBOR. */
function unpackChunk(file: string): Buffer {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, chunkMarker.length).equals(chunkMarker)) throw new Error(`${file}: not a Pagefind chunk`);
  return raw.subarray(chunkMarker.length);
}

const packChunk = (payload: Buffer): Buffer => gzipSync(Buffer.concat([chunkMarker, payload]));

/** A name of the same shape and length as Pagefind's (`en_451d6b7`), from the content. */
function contentName(oldName: string, payload: Buffer): string {
  const [language, hash] = oldName.split('_') as [string, string];
  return `${language}_${createHash('sha256').update(payload).digest('hex').slice(0, hash.length)}`;
}

/** A filter chunk `[key, [[value, [page, …]], …]]` with its values in sorted order. */
function sortedFilter(file: string, payload: Buffer): Buffer {
  const filter = decodeCbor(payload);
  // Refuse to touch a format this code does not fully understand: it must re-encode byte for byte.
  if (!encodeCbor(filter).equals(payload)) throw new Error(`${file}: unexpected filter chunk encoding`);
  const [key, values] = Array.isArray(filter) ? filter : [];
  if (
    typeof key !== 'string' ||
    !Array.isArray(values) ||
    !values.every((value) => Array.isArray(value) && typeof value[0] === 'string')
  ) {
    throw new Error(`${file}: unexpected filter chunk layout`);
  }
  const sorted = [...(values as [string, Cbor][])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return encodeCbor([key, sorted]);
}

/** Rewrites each language's filter chunks and metadata under names that depend only on their content. */
export function stabilise(outputPath: string, entry: PagefindEntry): PagefindEntry {
  const languages: PagefindEntry['languages'] = {};
  const filterFolder = join(outputPath, 'filter');
  const filterFiles = readdirSync(filterFolder);
  for (const [language, index] of Object.entries(entry.languages).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const metaFile = join(outputPath, `pagefind.${index.hash}.pf_meta`);
    let meta = unpackChunk(metaFile);
    for (const name of filterFiles.filter((file) => file.startsWith(`${language}_`))) {
      const oldName = name.replace(/\.pf_filter$/, '');
      const payload = sortedFilter(join(filterFolder, name), unpackChunk(join(filterFolder, name)));
      const newName = contentName(oldName, payload);
      const where = meta.indexOf(oldName);
      if (where === -1 || meta.indexOf(oldName, where + 1) !== -1)
        throw new Error(`${metaFile}: expected one reference to ${oldName}`);
      // Same length, so the CBOR text header before it stays valid.
      meta = Buffer.concat([meta.subarray(0, where), Buffer.from(newName), meta.subarray(where + oldName.length)]);
      rmSync(join(filterFolder, name));
      writeFileSync(join(filterFolder, `${newName}.pf_filter`), packChunk(payload));
    }
    const hash = contentName(index.hash, meta);
    rmSync(metaFile);
    writeFileSync(join(outputPath, `pagefind.${hash}.pf_meta`), packChunk(meta));
    languages[language] = { ...index, hash };
  }
  return { ...entry, languages };
}
