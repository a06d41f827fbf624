// A JSON Lines file read in parts, never whole, so a file of a gigabyte costs what one part costs.
// Resolving lists its parts: one streaming pass over the bytes finds where every JSONL_PART_LINES-th
// line ends and keeps only those offsets (a few numbers per part, never a line). Loading a part
// reads its byte range alone and parses its lines (json-records.ts), with the file's own line
// numbers in errors. Each part is a document of its own (`<path>#lines=101-200`): a bad line fails
// its part, not the file, and the engine writes parts batch by batch as it does any documents.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Lines per part: the engine loads `--batch-size` documents at a time, so memory holds about batch × this many records. */
export const JSONL_PART_LINES = 100;

export interface JsonlPart {
  /** Byte offsets: the part is bytes [start, end) of the file. */
  start: number;
  end: number;
  /** Its first and last line, counting from 1. */
  firstLine: number;
  lastLine: number;
}

const NEWLINE = 0x0a;

/** The parts of a JSON Lines file, found in one streaming pass that keeps only offsets. */
export async function jsonlParts(path: string, linesPerPart = JSONL_PART_LINES): Promise<JsonlPart[]> {
  const parts: JsonlPart[] = [];
  let offset = 0;
  let partStart = 0;
  let firstLine = 1;
  let lines = 0;
  let lastLineEnd = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(NEWLINE); i !== -1; i = chunk.indexOf(NEWLINE, i + 1)) {
      lastLineEnd = offset + i + 1;
      if (++lines === linesPerPart) {
        parts.push({ start: partStart, end: lastLineEnd, firstLine, lastLine: firstLine + lines - 1 });
        partStart = lastLineEnd;
        firstLine += lines;
        lines = 0;
      }
    }
    offset += chunk.length;
  }
  // The rest, with a last line that has no newline after it.
  const total = lines + (offset > lastLineEnd ? 1 : 0);
  if (offset > partStart) parts.push({ start: partStart, end: offset, firstLine, lastLine: firstLine + total - 1 });
  return parts;
}

/** The bytes of one part. */
export async function readJsonlPart(path: string, part: JsonlPart): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(part.end - part.start);
    let read = 0;
    while (read < bytes.length) {
      const { bytesRead } = await file.read(bytes, read, bytes.length - read, part.start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return bytes.subarray(0, read);
  } finally {
    await file.close();
  }
}

/** The document key of a part: the path and its lines. */
export const partKey = (path: string, part: JsonlPart): string => `${path}#lines=${part.firstLine}-${part.lastLine}`;

/** A part key split back into the path and its first line (a failed part retried later), or null. */
export function parsePartKey(key: string): { path: string; firstLine: number } | null {
  const m = /^(.*\.jsonl)#lines=(\d+)-\d+$/i.exec(key);
  return m ? { path: m[1]!, firstLine: Number(m[2]) } : null;
}
