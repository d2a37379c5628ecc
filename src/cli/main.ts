// The `minutes-graph` command line, on commander: global options, then one command, each with
// its own --help that prints usage and does nothing else (`serve --help` used to start a
// server). Every failure is one line and an exit code: 2 for a bad command line, 1 for
// anything else; the stack only with --debug.
import { Command, CommanderError } from 'commander';
import { EXPORT_FORMATS } from '../export/format-names';
import { isStoreError } from '../store/errors';
import { openStore } from '../store/open-store';
import { createPageHandler } from '../http/page-handler';
import type { StoreConfig } from '../store/config';
import type { StorePort } from '../store/port';
import { apiConfigFromEnv } from '../api/config';
import { hostFrom, portFrom, storeConfigFrom, type GlobalOptions } from './config';
import { guardBrokenPipe, processIO, UsageError, type CliIO } from './io';
import { PACKAGE_VERSION } from './paths';
import { serveCommand, stopSignal } from './serve-command';
import { isClusterWorker, serveWithWorkers, workersFrom } from './cluster/serve-workers';
import { followWriter } from './follow-store';

const ENVIRONMENT_HELP = `
Environment:
  MINUTES_GRAPH_DATA            embedded store directory when --data is not given (default ./data)
  PORT, HOST                    what serve and start listen on when --port/--host are not given
  STORE=neo4j                   use Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD[, NEO4J_DATABASE]
  MINUTES_GRAPH_CURATION_TOKEN  enables the curation mutations (bearer token)
  MINUTES_GRAPH_PUBLIC=1        same as --public
  MINUTES_GRAPH_CORS_ORIGINS    origins allowed to read responses cross-site (comma-separated; default none)
  MINUTES_GRAPH_DEBUG=1         same as --debug`;

interface Run {
  code: number;
  command: string | null;
}

export async function main(argv: string[], io: CliIO = processIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (io === processIO) guardBrokenPipe();
  const run: Run = { code: 0, command: null };
  const program = buildProgram(io, env, run);
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return run.code;
  } catch (err) {
    return reportFailure(err, run, io, debugWanted(argv, env));
  }
}

function buildProgram(io: CliIO, env: NodeJS.ProcessEnv, run: Run): Command {
  const program = new Command('minutes-graph')
    .description('Vietnamese government meeting reports as a knowledge graph, served over GraphQL.')
    .version(PACKAGE_VERSION, '-V, --version', 'print the version and exit')
    .option('--data <dir>', 'embedded store directory (env MINUTES_GRAPH_DATA, default ./data)')
    .option('--port <n>', 'port for serve and start (env PORT, default 4000)')
    .option('--host <host>', 'host for serve and start (env HOST, default localhost)')
    .option('--read-only', 'open the embedded store without writing (automatic for export, and for serve when another process writes)')
    .option('--public', 'for a public deployment: serve without GraphiQL and without introspection')
    .option('--debug', 'print the stack trace of an unexpected error')
    .addHelpText('after', ENVIRONMENT_HELP)
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true });
  configure(program, io);
  program.hook('preSubcommand', (_program, subcommand) => {
    run.command = subcommand.name();
  });

  // Each action records its exit code in `run`; commander resolves parseAsync with no value.
  const use = <O extends GlobalOptions, A extends unknown[]>(action: (options: O, ...args: A) => Promise<number>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      run.code = await action(command.optsWithGlobals() as O, ...(args.slice(0, -2) as A));
    };

  program
    .command('start')
    .description('ingest the bundled seeds/ if needed, then serve (what `npm start` runs)')
    .option('--workers <n>', 'N server processes sharing the port, or "auto" (the default) for one per core; 1 serves from one process')
    .action(use((options) => serve('start', options, env, io)));
  program
    .command('serve')
    .description('serve GraphQL with GraphiQL at /graphql and the explorer at /')
    .option('--workers <n>', 'N server processes sharing the port, or "auto" (the default) for one per core; 1 serves from one process')
    .action(use((options) => serve('serve', options, env, io)));
  program
    .command('ingest')
    .description('read reports (text, HTML, PDF, DOCX; files or http(s) URLs) into the store (a directory with manifest.json uses it)')
    .argument('[paths...]', 'report files, directories or http(s) URLs')
    .option('--published <YYYY-MM-DD>', 'publication date for files that have none in a manifest')
    .option('--urls <file>', 'a file of URLs to ingest, one a line')
    .action(
      use(async (options: GlobalOptions & { published?: string; urls?: string }, paths: string[]) => {
        if (options.readOnly) throw new UsageError('ingest writes to the store: it cannot run with --read-only');
        // The extractor and the document readers load only for the commands that read reports:
        // `serve` starts faster without them (its cold start is measured in BENCHMARKS.md).
        const { ingestCommand, validateIngestArgs } = await import('./ingest-command');
        const args = validateIngestArgs(paths, options.published, options.urls);
        return withStore(options, env, (store) => ingestCommand(args, store, io));
      }),
    );
  program
    .command('remove')
    .description('take reports out of the store; the other reports of their meetings keep their facts')
    .argument('<ids...>', 'document ids (doc:…, as ingest prints them)')
    .action(
      use(async (options: GlobalOptions, ids: string[]) => {
        if (options.readOnly) throw new UsageError('remove writes to the store: it cannot run with --read-only');
        const { removeCommand, validateRemoveArgs } = await import('./remove-command');
        const checked = validateRemoveArgs(ids);
        return withStore(options, env, (store) => removeCommand(checked, store, io));
      }),
    );
  program
    .command('extract')
    .description('print what the extractor reads from one report (no store needed)')
    .argument('<file>', 'the report: a file or an http(s) URL')
    .option('--json', "the scorer's JSON")
    .option('--explain', 'per directive, the sentence and the rules that fired')
    .option('--published <YYYY-MM-DD>', 'publication date of the report (resolves relative deadlines)')
    .action(
      use(async (options: GlobalOptions & { json?: boolean; explain?: boolean; published?: string }, file: string) => {
        const { runExtract } = await import('./extract-command');
        return runExtract({ ...options, file }, io);
      }),
    );
  program
    .command('export')
    .description('write the graph for Gephi, networkx, spreadsheets or neo4j-admin import')
    .option('--format <format>', `what to write: ${EXPORT_FORMATS.join(', ')}`)
    .option('--out <path>', 'a file for gexf, graphml and popolo (default stdout); a directory for csv and neo4j-csv')
    .option('--bom', 'start each CSV file with a byte-order mark, so that Excel reads the diacritics (csv only)')
    .action(
      use(async (options: GlobalOptions & { format?: string; out?: string; bom?: boolean }) => {
        const { checkExportOptions, runExportCommand } = await import('./export-command');
        // An export only reads: it never needs (or waits for) the writer's lock.
        return runExportCommand(checkExportOptions(options), io, () => openStore(storeConfigFrom({ ...options, readOnly: true }, env, process.cwd())));
      }),
    );
  program
    .command('ask')
    .description('answer a question in English or Vietnamese, with its sources and the GraphQL query it ran (exit 3 when not answered)')
    .argument('[question...]', 'the question, e.g. "what did the PM assign the Ministry of Health"')
    .option('--json', 'the raw answer')
    .action(
      use(async (options: GlobalOptions & { json?: boolean }, words: string[]) => {
        if (!words.length) throw new UsageError('ask needs a question, e.g. minutes-graph ask "what did the PM assign the Ministry of Health"');
        const { askCommand } = await import('./ask-command');
        const readOnly = { ...options, readOnly: true };
        return withStore(readOnly, env, (store) => askCommand(words.join(' '), options.json === true, store, io, env));
      }),
    );
  program
    .command('repair')
    .description('make a damaged embedded store open again: keeps a copy of each damaged log and says what it drops')
    .action(
      use(async (options: GlobalOptions) => {
        const config = storeConfigFrom(options, env, process.cwd());
        if (config.kind !== 'embedded') throw new UsageError('repair works on the embedded store (STORE=neo4j has its own tools)');
        const { repairCommand } = await import('./repair-command');
        return repairCommand(config.dir, io, new Date());
      }),
    );
  for (const command of program.commands) configure(command, io);
  return program;
}

function configure(command: Command, io: CliIO): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    // Reported by reportFailure as one line; commander would print it first otherwise.
    outputError: () => undefined,
  });
}

async function serve(command: 'serve' | 'start', options: GlobalOptions & { public?: boolean; workers?: string }, processEnv: NodeJS.ProcessEnv, io: CliIO): Promise<number> {
  const env = options.public ? { ...processEnv, MINUTES_GRAPH_PUBLIC: '1' } : processEnv;
  const port = portFrom(options, env);
  const host = hostFrom(options, env);
  const workers = workersFrom(options.workers);
  const config = storeConfigFrom(options, env, process.cwd());
  // Seeding reads reports (the extractor): loaded for `start` only.
  const { ensureSeeds } = command === 'start' ? await import('./start-command') : { ensureSeeds: null };
  const curation = apiConfigFromEnv(env).curationToken !== null;
  if (workers > 1 || isClusterWorker()) {
    // node:cluster (src/cli/cluster/): the primary seeds (`start`), then is the one writer if
    // something may write; each worker serves a read-only store kept current.
    return serveWithWorkers({
      config, workers, io, untilStopped: stopSignal(),
      openWriter: async () => {
        if (ensureSeeds !== null) await ingestSeedsFirst(config, ensureSeeds, io);
        return writableForServing(command, config, curation, io);
      },
      serve: (store) => serveCommand(store, { port, host, env, page: createPageHandler(store, { clock: () => new Date(), storeConfig: config }) }, io),
    });
  }
  if (ensureSeeds !== null) await ingestSeedsFirst(config, ensureSeeds, io);
  const store = await openForServing(command, config, curation, io);
  const stopFollowing = followWriter(store, io);
  try {
    // Exports render in worker threads that open the same store read-only.
    const page = createPageHandler(store, { clock: () => new Date(), storeConfig: config });
    return await serveCommand(store, { port, host, env, page }, io);
  } finally {
    stopFollowing();
    await store.close();
  }
}

/** `start`: the seeds go in as a writer would put them, before the server opens the store. */
async function ingestSeedsFirst(config: StoreConfig, ensureSeeds: (store: StorePort, io: CliIO) => Promise<unknown>, io: CliIO): Promise<void> {
  if (config.kind === 'embedded' && config.readOnly) return;
  let store: StorePort;
  try {
    store = await openStore(config);
  } catch (err) {
    if (!isStoreError(err) || err.code !== 'STORE_LOCKED') throw err;
    io.stderr(`start: ${err.message.replace(/; stop it.*$/, '')}: the seeds are not checked`);
    return;
  }
  try {
    await ensureSeeds(store, io);
  } finally {
    await store.close();
  }
}

/**
 * Only a server that may write curations holds the writer's lock. Without a curation token it
 * writes nothing, so it opens the embedded store read-only and follows its log: `ingest` in
 * another process runs meanwhile and what it stores is served within a second. A server with a
 * token that finds another process writing serves read-only too, instead of failing.
 */
async function openForServing(command: string, config: StoreConfig, curation: boolean, io: CliIO): Promise<StorePort> {
  const writable = await writableForServing(command, config, curation, io);
  if (writable !== null || config.kind !== 'embedded') return writable ?? openStore(config);
  return openStore({ ...config, readOnly: true });
}

/** The store a server may write (Neo4j: always), or null where it serves the embedded store read-only (saying why). */
async function writableForServing(command: string, config: StoreConfig, curation: boolean, io: CliIO): Promise<StorePort | null> {
  if (config.kind !== 'embedded') return openStore(config);
  if (config.readOnly) return null;
  if (!curation) {
    io.stderr(`${command}: curation is off (no MINUTES_GRAPH_CURATION_TOKEN): the store is opened read-only and its log followed, so other processes may ingest meanwhile`);
    return null;
  }
  try {
    return await openStore(config);
  } catch (err) {
    if (!isStoreError(err) || err.code !== 'STORE_LOCKED') throw err;
    io.stderr(`${command}: ${err.message.replace(/; stop it.*$/, '')}: serving it read-only, following its log (curations are refused here)`);
    return null;
  }
}

async function withStore(options: GlobalOptions, env: NodeJS.ProcessEnv, use: (store: StorePort) => Promise<number>): Promise<number> {
  const store = await openStore(storeConfigFrom(options, env, process.cwd()));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

function reportFailure(err: unknown, run: Run, io: CliIO, debug: boolean): number {
  const helpHint = `run "minutes-graph ${run.command ? `${run.command} ` : ''}--help" for usage`;
  if (err instanceof CommanderError) {
    // --help and --version end here too, with exit code 0.
    if (err.exitCode === 0) return 0;
    io.stderr(`minutes-graph: ${err.message.replace(/^error: /, '')} (${helpHint})`);
    return 2;
  }
  if (err instanceof UsageError) {
    io.stderr(`minutes-graph: ${err.message} (${helpHint})`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`minutes-graph${run.command ? ` ${run.command}` : ''}: ${oneLine(message)}`);
  if (debug && err instanceof Error && err.stack) io.stderr(err.stack);
  else if (!isStoreError(err)) io.stderr('(an unexpected error: run again with --debug for the stack trace)');
  return 1;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function debugWanted(argv: string[], env: NodeJS.ProcessEnv): boolean {
  return argv.includes('--debug') || env.MINUTES_GRAPH_DEBUG === '1';
}
