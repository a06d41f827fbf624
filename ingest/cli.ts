// `npm run kg -- <command>`: the command-line interface. Each command lives in its own module and
// registers itself here; `--help` works on every command.
import { Command } from 'commander';
import { registerCurateCommands } from './curation/curate-command.ts';
import { registerExtractCommand } from './extract/extract-command.ts';
import { registerIngestCommand } from './ingest-command.ts';
import { registerJobsCommands } from './jobs/jobs-command.ts';

const program = new Command()
  .name('kg')
  .description('新闻知识图谱 News knowledge graph: extract entities from Chinese news and load them into Neo4j')
  .showHelpAfterError('(add --help for usage)');

registerExtractCommand(program);
registerIngestCommand(program);
registerJobsCommands(program);
registerCurateCommands(program);

await program.parseAsync(process.argv);
