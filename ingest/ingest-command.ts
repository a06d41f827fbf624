// `kg ingest FILE...`: parse, extract and write local files into Neo4j (the configured database,
// or the bundled local one). Exit codes: 0 all written, 1 some files failed, 2 bad usage/config.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from './config.ts';
import { decodeInput } from './extract/extract-command.ts';
import { ingestDocument } from './ingest-document.ts';
import { connect } from './store/connect.ts';
import { applySchema } from './store/schema.ts';

export function registerIngestCommand(program: Command): Command {
  return program
    .command('ingest')
    .description('ingest news files into Neo4j (NEO4J_URI, or the bundled local Neo4j)')
    .argument('<files...>', 'text, Markdown or scraped-news files (UTF-8)')
    .addHelpText('after', '\nExit codes: 0 all ingested, 1 some files failed, 2 bad configuration.\n\nExample:\n  npm run kg -- ingest news/*.txt')
    .action(async (files: string[]) => {
      let config;
      try {
        config = loadConfig();
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        console.error(err.message);
        process.exitCode = 2;
        return;
      }
      const connection = await connect(config, { log: (l) => console.error(`[kg] ${l}`) });
      let failed = 0;
      try {
        await applySchema(connection.store);
        for (const file of files) {
          try {
            const text = decodeInput(readFileSync(file), file);
            const result = await ingestDocument(connection.store, text, { name: basename(file) });
            for (const a of result.articles) console.log(JSON.stringify({ file, id: a.id, title: a.title, outcome: a.outcome }));
          } catch (err) {
            failed++;
            console.error(`[kg] ${file}: ${(err as Error).message}`);
          }
        }
      } finally {
        await connection.close();
      }
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
