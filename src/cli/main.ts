// The `minutes-graph` command line: global options, then one command.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isStoreError } from '../store/errors';
import { openStore } from '../store/open-store';
import { createPageHandler } from '../http/page-handler';
import type { StorePort } from '../store/port';
import { hostFrom, portFrom, storeConfigFrom, type GlobalOptions } from './config';
import { extractCommand } from './extract-command';
import { ingestCommand, validateIngestArgs } from './ingest-command';
import { processIO, UsageError, type CliIO } from './io';
import { isClusterWorker, serveWithWorkers, workersFrom } from './cluster/serve-workers';
import { serveCommand, stopSignal } from './serve-command';
import { ensureSeeds } from './start-command';

export const USAGE = `Usage: minutes-graph [--data DIR] <command> [options]

Commands:
  start                      ingest the bundled seeds/ if needed, then serve (what \`npm start\` runs)
  serve [--port N] [--host H] [--workers N|auto]
                             serve GraphQL with GraphiQL at http://localhost:4000/graphql
                             (--workers: N processes, or one per core, share the port)
  ingest [--published YYYY-MM-DD] [--urls FILE] <files|dirs|URLs>...
                             read reports (text, HTML, PDF, DOCX; files or http(s) URLs, --urls one a
                             line) into the store (a directory with manifest.json uses it)
  extract [--json] [--explain] [--published YYYY-MM-DD] FILE|URL
                             print what the extractor reads from one report (no store needed)
  ask [--json] "QUESTION"     answer a question in English or Vietnamese, with its sources and the
                             GraphQL query it ran (exit 3 when not answered)
  export --format gexf|graphml|csv|popolo|neo4j-csv|network-csv [--out PATH] [--bom]
                             write the graph for Gephi, networkx, spreadsheets or neo4j-admin import
  help                       this text

Global options and environment:
  --data DIR    embedded store directory (env MINUTES_GRAPH_DATA, default ./data)
  --port N      port to serve on (env PORT, default 4000); --host H (env HOST, default localhost)
  STORE=neo4j with NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD[, NEO4J_DATABASE] uses Neo4j instead
  MINUTES_GRAPH_CURATION_TOKEN enables the curation mutations (bearer token)
`;

const GLOBAL_OPTIONS: ParseArgsConfig['options'] = {
  data: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export async function main(argv: string[], io: CliIO = processIO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    return await run(argv, io, env);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`minutes-graph: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (isStoreError(err)) {
      io.stderr(`minutes-graph: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

async function run(argv: string[], io: CliIO, env: NodeJS.ProcessEnv): Promise<number> {
  const commandIndex = argv.findIndex((arg, i) => !arg.startsWith('-') && !isOptionValue(argv, i));
  const command = commandIndex >= 0 ? argv[commandIndex] : 'help';
  const rest = commandIndex >= 0 ? [...argv.slice(0, commandIndex), ...argv.slice(commandIndex + 1)] : argv;

  switch (command) {
    case 'help':
      io.stdout(USAGE);
      return 0;
    case 'extract':
      return extractCommand(stripGlobal(rest), io);
    case 'export': {
      const { exportCommand } = await import('./export-command');
      // Only the global options matter here; exportCommand parses --format and --out itself.
      const { values } = parseKnown(rest, { format: { type: 'string' }, out: { type: 'string' }, bom: { type: 'boolean' } });
      return exportCommand(stripGlobal(rest), io, () => openStore(storeConfigFrom(values, env, process.cwd())));
    }
    case 'ask': {
      const { askCommand } = await import('./ask-command');
      const { values, positionals } = parseKnown(rest, { json: { type: 'boolean' } });
      if (positionals.length === 0) throw new UsageError('ask needs a question, e.g. minutes-graph ask "what did the PM assign the Ministry of Health"');
      return withStore(values, env, (store) => askCommand(positionals.join(' '), values.json === true, store, io, env));
    }
    case 'ingest': {
      const { values, positionals } = parseKnown(rest, { published: { type: 'string' }, urls: { type: 'string' } });
      const args = validateIngestArgs(positionals, values.published as string | undefined, values.urls as string | undefined);
      return withStore(values, env, (store) => ingestCommand(args, store, io));
    }
    case 'serve':
    case 'start': {
      const { values } = parseKnown(rest, { workers: { type: 'string' } });
      const port = portFrom(values, env);
      const host = hostFrom(values, env);
      const workers = workersFrom(values.workers as string | undefined);
      if (workers > 1 || isClusterWorker()) {
        return serveWithWorkers({
          config: storeConfigFrom(values, env, process.cwd()), workers, io, untilStopped: stopSignal(),
          prepare: async (store) => void (command === 'start' && (await ensureSeeds(store, io))),
          serve: (store) => serveCommand(store, { port, host, env, page: createPageHandler(store, { clock: () => new Date() }) }, io),
        });
      }
      return withStore(values, env, async (store) => {
        if (command === 'start') await ensureSeeds(store, io);
        return serveCommand(store, { port, host, env, page: createPageHandler(store, { clock: () => new Date() }) }, io);
      });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** Options that take a value, global ones first: `--data DIR` must not be read as the command DIR. */
const GLOBAL_VALUE_OPTIONS = ['--data', '--port', '--host'];
const VALUE_OPTIONS = [...GLOBAL_VALUE_OPTIONS, '--published', '--format', '--out', '--urls', '--workers'];

function isOptionValue(argv: string[], i: number): boolean {
  return i > 0 && VALUE_OPTIONS.includes(argv[i - 1]);
}

function parseKnown(args: string[], options: ParseArgsConfig['options']): { values: GlobalOptions & Record<string, unknown>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true });
    return { values: parsed.values as GlobalOptions & Record<string, unknown>, positionals: parsed.positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** The arguments without the global options, for commands that parse their own. */
function stripGlobal(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (GLOBAL_VALUE_OPTIONS.includes(args[i])) i++;
    else if (!GLOBAL_VALUE_OPTIONS.some((option) => args[i].startsWith(`${option}=`))) out.push(args[i]);
  }
  return out;
}

async function withStore(options: GlobalOptions, env: NodeJS.ProcessEnv, use: (store: StorePort) => Promise<number>): Promise<number> {
  const store = await openStore(storeConfigFrom(options, env, process.cwd()));
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
