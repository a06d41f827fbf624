// `kg curate …` and `kg watch …`: the analyst's desk from the command line. ENTITY is an id or an
// exact name or alias (entities.ts); an ambiguous one is an error listing the candidates. Errors
// map to the one exit-code table (exit-codes.ts): bad requests exit 2, an unreachable Neo4j 3.
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { EXIT, exitCodeOf, exitHelp } from '../exit-codes.ts';
import { connectForCommand } from '../neo4j-connection.ts';
import type { Store } from '../store/client.ts';
import type { Connection } from '../store/connect.ts';
import { applySchema } from '../store/schema.ts';
import { exportYaml, importCurations } from './curation-file.ts';
import { requestOf } from './records.ts';
import { resolveEntity } from './entities.ts';
import { curate, listCurations, type CurationRequest } from './operations.ts';
import { addWatch, listWatches, removeWatches } from './watch.ts';

const EXIT_HELP = exitHelp(['ok', 'usage', 'unavailable']);

interface MetaFlags {
  who?: string;
  why?: string;
}

async function withStore(work: (store: Store) => Promise<number>): Promise<number> {
  let connection: Connection | undefined;
  try {
    const config = loadConfig();
    connection = await connectForCommand(config, (l) => console.error(`[kg] ${l}`));
    await applySchema(connection.store);
    return await work(connection.store);
  } catch (err) {
    const code = exitCodeOf(err);
    if (code === undefined) throw err;
    console.error((err as Error).message);
    return code;
  } finally {
    await connection?.close();
  }
}

const ids = async (store: Store, keys: readonly string[]) => Promise.all(keys.map(async (k) => (await resolveEntity(store, k)).id));
const who = (flags: MetaFlags) => flags.who ?? process.env.KG_CURATOR ?? userInfo().username;

type Flags = MetaFlags & { alias?: string[] };

/** An action: commander passes the arguments (a variadic one as a list), the options, the command. */
function run(build: (store: Store, args: string[], flags: Flags) => Promise<CurationRequest>) {
  return async (...all: unknown[]) => {
    const flags = all.at(-2) as Flags;
    const args = all.slice(0, -2).flatMap((a) => (Array.isArray(a) ? (a as string[]) : [a as string]));
    process.exitCode = await withStore(async (store) => {
      const req = await build(store, args, flags);
      const rec = await curate(store, req, { who: who(flags), ...(flags.why === undefined ? {} : { why: flags.why }) });
      console.log(`${rec.id}\t${rec.operation}\t${JSON.stringify(requestOf(rec))}`);
      return EXIT.ok;
    });
  };
}

export function registerCurateCommands(program: Command): void {
  const cur = program.command('curate').description('curation the ingest obeys: merge, split, rename, retype, hide, unhide, undo (策展)');
  const meta = (c: Command) =>
    c
      .option('--who <name>', 'who curates (default $KG_CURATOR or the login name)')
      .option('--why <text>', 'why, kept with the record')
      .addHelpText('after', EXIT_HELP);

  meta(
    cur.command('merge').description('merge entities into the first one (aliases, mentions, edges and evidence)').argument('<entity>').argument('<others...>'),
  ).action(run(async (store, args) => ({ operation: 'merge', entities: await ids(store, args) })));
  meta(
    cur
      .command('split')
      .description('move the mentions written as the given aliases to a new entity')
      .argument('<entity>')
      .requiredOption('--alias <name...>', 'aliases to split off'),
  ).action(run(async (store, [entity], flags) => ({ operation: 'split', entity: (await resolveEntity(store, entity!)).id, aliases: flags.alias ?? [] })));
  meta(cur.command('rename').description('set the display name; the old name stays an alias').argument('<entity>').argument('<name>')).action(
    run(async (store, [entity, name]) => ({ operation: 'rename', entity: (await resolveEntity(store, entity!)).id, name: name! })),
  );
  meta(cur.command('retype').description('set the type: Person, Organization or Place').argument('<entity>').argument('<type>')).action(
    run(async (store, [entity, type]) => ({ operation: 'retype', entity: (await resolveEntity(store, entity!)).id, type: type! })),
  );
  for (const op of ['hide', 'unhide'] as const) {
    meta(
      cur
        .command(op)
        .description(op === 'hide' ? 'never show the entity (a later ingest keeps it hidden)' : 'show a hidden entity again')
        .argument('<entity>'),
    ).action(run(async (store, [entity]) => ({ operation: op, entity: (await resolveEntity(store, entity!)).id })));
  }
  meta(cur.command('undo').description('undo one curation (not an undo)').argument('<curation-id>')).action(
    run(async (_store, [id]) => ({ operation: 'undo', curation: id! })),
  );

  cur
    .command('list')
    .description('every curation, oldest first')
    .option('--json', 'print JSON')
    .addHelpText('after', EXIT_HELP)
    .action(async (flags: { json?: boolean }) => {
      process.exitCode = await withStore(async (store) => {
        const all = await listCurations(store);
        if (flags.json) console.log(JSON.stringify(all, null, 2));
        else
          for (const r of all)
            console.log(`${r.id}\t${r.when}\t${r.who}\t${r.operation}${r.undone ? ' (undone)' : ''}\t${JSON.stringify(requestOf(r))}\t${r.why}`);
        return EXIT.ok;
      });
    });
  cur
    .command('export')
    .description('write every curation as YAML (to FILE, or stdout)')
    .argument('[file]')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string | undefined) => {
      process.exitCode = await withStore(async (store) => {
        const text = exportYaml(await listCurations(store));
        if (file === undefined) process.stdout.write(text);
        else writeFileSync(file, text);
        return EXIT.ok;
      });
    });
  cur
    .command('import')
    .description('apply the curations of a YAML file the graph lacks (idempotent; checked whole first)')
    .argument('<file>')
    .addHelpText('after', EXIT_HELP)
    .action(async (file: string) => {
      process.exitCode = await withStore(async (store) => {
        const { applied, skipped } = await importCurations(store, file);
        console.log(`applied ${applied}, already there ${skipped}`);
        return EXIT.ok;
      });
    });

  const watch = program.command('watch').description('watchlists: an alert when a watched entity gets a new connection (监视)');
  watch
    .command('add')
    .argument('<entity>')
    .option('--with <entity>', 'watch the pair: alert on their first co-mention')
    .option('--who <name>', 'who watches')
    .addHelpText('after', EXIT_HELP)
    .action(async (entity: string, flags: { with?: string; who?: string }) => {
      process.exitCode = await withStore(async (store) => {
        const [a, b] = await ids(store, flags.with === undefined ? [entity] : [entity, flags.with]);
        const w = await addWatch(store, a!, b ?? null, who(flags));
        console.log(`watching ${w.key}`);
        return EXIT.ok;
      });
    });
  watch
    .command('list')
    .option('--json', 'print JSON')
    .addHelpText('after', EXIT_HELP)
    .action(async (flags: { json?: boolean }) => {
      process.exitCode = await withStore(async (store) => {
        const all = await listWatches(store);
        if (flags.json) console.log(JSON.stringify(all, null, 2));
        else
          for (const w of all)
            console.log(`${w.entity}${w.with ? ` + ${w.with}` : ''}\t${w.name ?? ''}${w.withName ? ` + ${w.withName}` : ''}\t${w.who}\t${w.since}`);
        return EXIT.ok;
      });
    });
  watch
    .command('rm')
    .argument('<entity>')
    .addHelpText('after', EXIT_HELP)
    .action(async (entity: string) => {
      process.exitCode = await withStore(async (store) => {
        const n = await removeWatches(store, (await resolveEntity(store, entity).catch(() => ({ id: entity }))).id);
        console.log(`removed ${n} watch${n === 1 ? '' : 'es'}`);
        return EXIT.ok;
      });
    });
}
