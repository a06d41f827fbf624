// `kg extract FILE... [--format jsonl|pretty] [--lines]`: parse and extract files (or `-` for
// stdin) and print one JSON object per article, then one summary line on stderr. It reads and
// decodes the inputs; the pipeline it calls is pure apart from loading its dictionaries and model
// (dictionaries.ts, extractor.ts), which happens once at start-up.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { ParsedArticle } from '../model.ts';
import { parseDocument } from '../parse/parse-document.ts';
import { parseLine } from '../parse/plain-text.ts';
import { NotTextError } from '../parse/errors.ts';
import { loadConfig } from '../config.ts';
import { EXIT, exitCodeOf, exitHelp } from '../exit-codes.ts';
import { activeExtractor, degradedSuffix, loadExtractor, useExtractor, type Extractor } from './extractor.ts';
import { extractArticles } from './pipeline.ts';
import { toPretty, toRecord } from './output.ts';

export interface ExtractCommandOptions {
  format: 'jsonl' | 'pretty';
  lines: boolean;
}

export interface ExtractIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  readStdin: () => Promise<Buffer | string>;
}

export const DEFAULT_EXTRACT_COMMAND_OPTIONS: ExtractCommandOptions = { format: 'jsonl', lines: false };
const PREFIX = 'kg extract';
const SNIFF_BYTES = 8192;

/** Bytes → text, or a NotTextError that names the file and says what to do. */
export function decodeInput(bytes: Buffer | string, name: string): string {
  if (typeof bytes === 'string') return bytes;
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) {
    throw new NotTextError(`${PREFIX}: ${name} is binary, not text (it contains NUL bytes); pass a UTF-8 text, Markdown or news file.`);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (cause) {
    throw new NotTextError(`${PREFIX}: ${name} is not valid UTF-8; convert it first, e.g. iconv -f GBK -t UTF-8 ${name} > ${name}.utf8`, { cause });
  }
}

function articlesOf(text: string, name: string, lines: boolean): ParsedArticle[] {
  if (!lines) return parseDocument(text, { name, format: 'auto' });
  const out: ParsedArticle[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() !== '') out.push(parseLine(line, { name, lineNumber: i + 1 }));
  });
  return out;
}

const EXIT_ROWS = ['ok', 'someFailed', 'usage'] as const;

/** Run the command; resolves to the process exit code (exit-codes.ts: ok, someFailed, usage). */
export async function runExtractCommand(
  files: string[],
  opts: Partial<ExtractCommandOptions>,
  io: ExtractIo,
  extractor: Extractor = activeExtractor(),
): Promise<number> {
  const { format, lines } = { ...DEFAULT_EXTRACT_COMMAND_OPTIONS, ...opts };
  if (format !== 'jsonl' && format !== 'pretty') {
    io.stderr.write(`${PREFIX}: unknown --format "${String(format)}"; use jsonl or pretty.\n`);
    return EXIT.usage;
  }
  if (files.length === 0) {
    io.stderr.write(`${PREFIX}: no input; pass one or more files, or - to read stdin.\n`);
    return EXIT.usage;
  }
  if (extractor.status.degraded)
    io.stderr.write(`${PREFIX}: running degraded (EXTRACTOR=jieba-fallback): ${extractor.status.reason ?? 'the NER model does not load'}\n`);
  let failed = 0;
  let extracted = 0;
  for (const file of files) {
    const name = file === '-' ? 'stdin' : file;
    let text: string;
    try {
      text = decodeInput(file === '-' ? await io.readStdin() : await readFile(file), name);
    } catch (err) {
      failed++;
      const code = (err as NodeJS.ErrnoException).code;
      if (err instanceof NotTextError) io.stderr.write(`${err.message}\n`);
      else if (code === 'ENOENT') io.stderr.write(`${PREFIX}: ${name} does not exist; check the path.\n`);
      else if (code === 'EISDIR') io.stderr.write(`${PREFIX}: ${name} is a directory; pass the files in it (e.g. ${name}/*.txt).\n`);
      else io.stderr.write(`${PREFIX}: cannot read ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
      continue;
    }
    let articles: ParsedArticle[];
    try {
      articles = articlesOf(text, name, lines);
    } catch (err) {
      failed++;
      if (!(err instanceof NotTextError)) throw err;
      io.stderr.write(`${err.message}\n`);
      continue;
    }
    for (const x of extractArticles(articles, { spanSource: extractor.spanSource })) {
      io.stdout.write(format === 'jsonl' ? `${JSON.stringify(toRecord(x))}\n` : `${toPretty(x)}\n`);
      extracted++;
    }
  }
  const inputs = `${files.length} input${files.length === 1 ? '' : 's'}`;
  io.stderr.write(
    `${PREFIX}: ${extracted} article${extracted === 1 ? '' : 's'} from ${inputs}${failed > 0 ? `, ${failed} failed` : ''}${degradedSuffix(extractor.status)}\n`,
  );
  return failed > 0 ? EXIT.someFailed : EXIT.ok;
}

/** The extractor EXTRACTOR and NER_MODEL ask for, or the one-line error and its exit code. */
function startExtractor(stderr: ExtractIo['stderr']): Extractor | number {
  try {
    const config = loadConfig();
    return useExtractor(loadExtractor({ mode: config.extractor, modelPath: config.nerModel }));
  } catch (err) {
    const code = exitCodeOf(err);
    if (code === undefined) throw err;
    stderr.write(`${(err as Error).message}\n`);
    return code;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Add `extract` to the `kg` program (wired in ingest/cli.ts). */
export function registerExtractCommand(program: Command): Command {
  return program
    .command('extract')
    .description('extract people, organizations, places, events and co-mentions from news files; one JSON object per article')
    .argument('<files...>', 'text, Markdown or scraped-news files (UTF-8); - reads stdin')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'pretty']).default('jsonl'))
    .option('--lines', 'treat each input line as its own document (offsets relative to the line)', false)
    .addHelpText(
      'after',
      '\nOutput (jsonl): {"id","title","publishedAt","source","text","entities":[{"id","name","type","aliases","mentions":[{"start","end","sentence"}]}],' +
        '"events":[{"id","name","date","participants","place"}],"coMentions":[{"source","target","weight","sentences"}]}\n' +
        'Offsets index into "text". A 相关 block yields one article per snippet.\n' +
        `${exitHelp(EXIT_ROWS)}\n\n` +
        'Examples:\n  npm run kg -- extract article.txt --format jsonl\n  cat lines.txt | npm run kg -- extract - --lines',
    )
    .action(async (files: string[], opts: ExtractCommandOptions) => {
      const extractor = startExtractor(process.stderr);
      if (typeof extractor === 'number') {
        process.exitCode = extractor;
        return;
      }
      const io = { stdout: process.stdout, stderr: process.stderr, readStdin: () => readAll(process.stdin) };
      process.exitCode = await runExtractCommand(files, opts, io, extractor);
    });
}
