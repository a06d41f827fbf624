// Bytes → text. The charset comes from, in order: a byte-order mark, the HTTP header, the XML
// declaration or `<meta>`, then UTF-8 when the bytes are valid UTF-8, then detection (chardet).
// Decoding is iconv-lite's; GBK and GB2312 are read as GB18030 (their superset), so GBK, GB18030,
// Big5 and UTF-8 copies of one article end as the same string.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { SourceError } from './errors.ts';

export interface DecodedText {
  text: string;
  charset: string;
  /** Where the charset came from: bom, header, xml, meta, utf8, detected. */
  from: string;
}

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'big5-hkscs': 'big5hkscs',
  'x-big5': 'big5',
  utf8: 'utf-8',
};

export function normalizeCharset(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const lower = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const mapped = ALIASES[lower] ?? lower;
  return iconv.encodingExists(mapped) ? mapped : undefined;
}

function fromBom(bytes: Buffer): { charset: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return undefined;
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? normalizeCharset(m[1]) : undefined;
}

function fromDeclarations(head: string): { charset: string; from: string } | undefined {
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const xmlCharset = normalizeCharset(xml?.[1]);
  if (xmlCharset) return { charset: xmlCharset, from: 'xml' };
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  const metaCharset = normalizeCharset(meta?.[1]);
  if (metaCharset) return { charset: metaCharset, from: 'meta' };
  return undefined;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decode `bytes` named `name` (for messages); throws SourceError for empty or binary input. */
export function decodeBytes(bytes: Buffer, name: string, contentType?: string): DecodedText {
  if (bytes.length === 0 || bytes.toString('latin1').trim() === '') {
    throw new SourceError('empty', `ingest/sources/decode: ${name} is empty; nothing to ingest (check the file or the server)`);
  }
  const bom = fromBom(bytes);
  if (!bom && bytes.subarray(0, 8192).includes(0)) {
    throw new SourceError('binary', `ingest/sources/decode: ${name} is binary, not text (it contains NUL bytes); pass text, HTML, JSON or feed documents`);
  }
  let chosen: { charset: string; from: string } | undefined;
  if (bom) chosen = { charset: bom.charset, from: 'bom' };
  const header = charsetFromContentType(contentType);
  if (!chosen && header) chosen = { charset: header, from: 'header' };
  chosen ??= fromDeclarations(bytes.subarray(0, 4096).toString('latin1'));
  if (!chosen && isUtf8(bytes)) chosen = { charset: 'utf-8', from: 'utf8' };
  if (!chosen) {
    const detected = normalizeCharset(chardet.detect(bytes) ?? undefined) ?? 'gb18030';
    chosen = { charset: detected, from: 'detected' };
  }
  const body = bom ? bytes.subarray(bom.skip) : bytes;
  let text = iconv.decode(body, chosen.charset);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, ...chosen };
}
