// A stand-in for neo4j-driver that checks every call the adapter makes: the text must be one
// the query builders produce (the linted catalog) and lint clean with the parameters it is
// sent with (see checkStatement), writes only in write units, no undefined anywhere in parameters. It answers each
// statement from the reference graph by the builder's intent and returns real neo4j Records
// holding Integers and Dates, so the adapter's boundary conversion is exercised. A write unit
// works on a copy that is committed only if the unit's work succeeds, as a transaction does.
import neo4j from 'neo4j-driver';
import type { Neo4jDriverLike, RecordLike, ResultLike, SessionLike, TransactionLike } from '../../../../src/store/neo4j/driver-like';
import { queryIdOf } from '../../../../src/store/neo4j/queries/built-query';
import { allStatements } from '../../../../src/store/neo4j/queries/catalog';
import { createLintCache } from '../cypher-lint';
import { intentFor } from './intents';
import { RefGraph } from './reference-graph';
import { returnColumns } from './return-columns';

export type UnitKind = 'read' | 'write' | 'auto';

export interface RecordedStatement {
  id: string;
  text: string;
  params: Record<string, unknown>;
}

export interface RecordedUnit {
  kind: UnitKind;
  statements: RecordedStatement[];
}

/** Catalog text → the parameter names it is linted with in cypher-lint.test.ts. */
const CATALOG = new Map(allStatements().map((q) => [q.text, Object.keys(q.params).sort().join(',')]));
const lint = createLintCache();

function findUndefined(value: unknown, path: string): string | null {
  if (value === undefined) return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUndefined(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const found = findUndefined(v, `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/** The checks every statement passes before it is answered; a failure is a test failure. */
export function checkStatement(text: string, params: Record<string, unknown>): string {
  if (!CATALOG.has(text)) throw new Error(`statement not produced by the query builders:\n${text}`);
  const id = queryIdOf(text);
  if (id === null || intentFor(id) === null) throw new Error(`no intent for statement ${id}`);
  const undef = findUndefined(params, '$');
  if (undef) throw new Error(`${id}: parameter ${undef} is undefined`);
  // The linter's verdict depends on the text and the declared parameter names only (values are
  // not inspected), so a statement sent with the catalog's names is covered by the catalog
  // lint in cypher-lint.test.ts; any other set of names is linted here.
  const diagnostics = CATALOG.get(text) === Object.keys(params).sort().join(',') ? [] : lint(text, params);
  if (diagnostics.length > 0) throw new Error(`${id} does not lint clean:\n${diagnostics.join('\n')}`);
  return id;
}

function toRecords(rows: Record<string, unknown>[]): RecordLike[] {
  return rows.map((row) => new neo4j.Record(Object.keys(row), Object.values(row)) as unknown as RecordLike);
}

export class RecordingDriver implements Neo4jDriverLike {
  graph = new RefGraph();
  readonly units: RecordedUnit[] = [];
  closed = false;
  /** Thrown by verifyConnectivity, as the real driver does for a dead server or bad login. */
  connectError: unknown = null;
  /** Thrown when a statement of this builder id runs (a server failure mid-transaction). */
  failOn: { queryId: string; error: unknown } | null = null;

  /** The write transaction running (executeWrite runs them one after another). */
  writing: Promise<unknown> = Promise.resolve();

  /** Sessions opened without the store's shared bookmark manager (no causal chaining). */
  unchainedSessions = 0;

  session(config?: { database?: string; defaultAccessMode?: 'READ' | 'WRITE'; bookmarkManager?: unknown }): SessionLike {
    if (this.closed) throw new Error('session() on a closed driver');
    if (!config?.bookmarkManager) this.unchainedSessions++;
    return new RecordingSession(this, config?.defaultAccessMode ?? 'WRITE');
  }

  async verifyConnectivity(): Promise<unknown> {
    if (this.connectError) throw this.connectError;
    return {};
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** Runs one statement against `graph` inside a unit of `kind`. */
  run(unit: RecordedUnit, graph: RefGraph, text: string, params: Record<string, unknown> = {}): ResultLike {
    const id = checkStatement(text, params);
    if (unit.kind === 'read' && !isReadStatement(id)) throw new Error(`${id} writes, but was sent in a read transaction`);
    if (unit.kind === 'auto' && !id.startsWith('schema.')) throw new Error(`${id} sent outside a transaction`);
    unit.statements.push({ id, text, params });
    if (this.failOn?.queryId === id) throw this.failOn.error;
    const intent = intentFor(id);
    const rows = (intent as NonNullable<typeof intent>)(graph, params);
    const columns = returnColumns(text);
    for (const row of rows) {
      if (Object.keys(row).join(',') !== columns.join(',')) throw new Error(`${id}: intent row has columns ${Object.keys(row).join(',')}, the statement returns ${columns.join(',')}`);
    }
    return { records: toRecords(rows) };
  }

  /** Statements of every unit, flattened, for assertions on what was sent. */
  statements(): RecordedStatement[] {
    return this.units.flatMap((u) => u.statements);
  }
}

const WRITE_FAMILIES = ['schema', 'deleteOwnedNodes', 'deleteOwnedEdges', 'releaseSharedEdges', 'releaseSharedNodes', 'writeNodes', 'mergeEdges', 'markIngested', 'addCuration'];

export function isReadStatement(id: string): boolean {
  return !WRITE_FAMILIES.includes(id.split('.')[0]);
}

class RecordingSession implements SessionLike {
  private open = true;

  constructor(private readonly driver: RecordingDriver, private readonly mode: 'READ' | 'WRITE') {}

  private unit(kind: UnitKind): RecordedUnit {
    if (!this.open) throw new Error('session used after close()');
    const unit = { kind, statements: [] };
    this.driver.units.push(unit);
    return unit;
  }

  async executeRead<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T> {
    if (this.mode !== 'READ') throw new Error('executeRead on a session opened for writing: a cluster would route it to the leader');
    const unit = this.unit('read');
    const graph = this.driver.graph;
    return work({ run: async (text, params) => this.driver.run(unit, graph, text, params) });
  }

  async executeWrite<T>(work: (tx: TransactionLike) => Promise<T>): Promise<T> {
    const unit = this.unit('write');
    // One write transaction at a time, as a server's locks make concurrent writers of the same
    // nodes: two drafts of one graph committed in turn would lose the first one's writes.
    const write = async () => {
      const draft = this.driver.graph.clone();
      const result = await work({ run: async (text, params) => this.driver.run(unit, draft, text, params) });
      this.driver.graph = draft; // commit only when the work succeeded
      return result;
    };
    const done = this.driver.writing.then(write, write);
    this.driver.writing = done.catch(() => undefined);
    return done;
  }

  async run(text: string, params?: Record<string, unknown>): Promise<ResultLike> {
    return this.driver.run(this.unit('auto'), this.driver.graph, text, params);
  }

  async close(): Promise<void> {
    this.open = false;
  }
}
