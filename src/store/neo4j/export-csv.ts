// Files for `neo4j-admin database import full`, read from any StorePort: one header file and
// one data file per node label and per edge type, in the same property layout the adapter
// writes (so an imported database is served as-is), plus the command line that loads them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EdgeType, GraphEdge, GraphNode, NodeLabel } from '../../graph/model';
import { DOCUMENT_OWNED_LABELS, EDGE_TYPES, NODE_LABELS } from '../../graph/model';
import type { Page, PageArgs, StorePort } from '../port';
import { encodeCuration, encodeEdgeProps, encodeNode } from './codec';
import { ARRAY_DELIMITER, cell, columnTypeOf, header, type ColumnType } from './csv';
import { carriersOf, carriesRows, jointCarriersOf, ownersOf } from './export-carriers';
import { CARRIES, CARRIES_EDGE, CURATION, ENTITY, INGEST } from './queries/built-query';
import { toNeo4jInt } from './values';

const PAGE = 1000;
/** One id space for all labels: edges (ASSIGNED_TO → Agency | Official) cross labels. */
const ID_SPACE = ENTITY;

async function readAll<T>(fetch: (page: PageArgs) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetch({ first: PAGE, after });
    out.push(...page.items.map((i) => i.value));
    if (!page.hasNextPage || page.items.length === 0) return out;
    after = page.items[page.items.length - 1].cursor;
  }
}

/** Property columns in first-seen order, typed by their first non-null value. */
function propertyColumns(rows: Record<string, unknown>[]): { name: string; type: ColumnType }[] {
  const types = new Map<string, ColumnType | null>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (!types.get(key)) types.set(key, columnTypeOf(value));
    }
  }
  return [...types].map(([name, type]) => ({ name, type: type ?? 'string' }));
}

function render(fixedColumns: string[], fixedCells: string[][], rows: Record<string, unknown>[]): { head: string; body: string } {
  const props = propertyColumns(rows);
  const head = header([...fixedColumns, ...props.map((p) => (p.type === 'string' ? p.name : `${p.name}:${p.type}`))]);
  const lines = rows.map((row, i) => [...fixedCells[i], ...props.map((p) => cell(row[p.name], p.name))].join(','));
  return { head: head + '\n', body: lines.map((l) => l + '\n').join('') };
}

export async function writeNeo4jImportCsv(store: StorePort, outDir: string): Promise<{ files: string[]; nodes: number; edges: number }> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const nodeArgs: string[] = [];
  const edgeArgs: string[] = [];
  let nodes = 0;
  let edges = 0;
  const emit = async (kind: 'nodes' | 'relationships', name: string, head: string, body: string, label?: string) => {
    const headFile = `${kind}-${name}.header.csv`;
    const dataFile = `${kind}-${name}.csv`;
    await writeFile(join(outDir, headFile), head);
    await writeFile(join(outDir, dataFile), body);
    files.push(join(outDir, headFile), join(outDir, dataFile));
    (kind === 'nodes' ? nodeArgs : edgeArgs).push(`--${kind}=${label ? `${label}=` : ''}${headFile},${dataFile}`);
  };

  const nodesByLabel = new Map<NodeLabel, GraphNode[]>();
  for (const label of NODE_LABELS) nodesByLabel.set(label, await readAll((page) => store.listNodes(label, page)));
  const edgesByType = new Map<EdgeType, GraphEdge[]>();
  for (const type of EDGE_TYPES) edgesByType.set(type, await readAll((page) => store.listEdges(type, page)));
  const joint = jointCarriersOf(nodesByLabel, edgesByType);
  const owners = ownersOf(nodesByLabel, edgesByType.get('DUE_BY') ?? [], joint);
  const carriers = carriersOf([...edgesByType.values()].flat());

  for (const [label, list] of nodesByLabel) {
    if (list.length === 0) continue;
    const owned = DOCUMENT_OWNED_LABELS.includes(label);
    const rows = list.map((n) => withoutId(encodeNode(n, owned ? owners.get(n.id) ?? null : null)));
    const fixed = list.map((n) => [cell(n.id, 'id'), cell(`${ENTITY}${ARRAY_DELIMITER}${label}`, ':LABEL')]);
    const { head, body } = render([`id:ID(${ID_SPACE})`, ':LABEL'], fixed, rows);
    await emit('nodes', label, head, body);
    nodes += list.length;
  }

  const directiveIds = (nodesByLabel.get('Directive') ?? []).map((n) => n.id);
  // seq restarts per directive: the adapter numbers a directive's next record by counting.
  const perDirective = await store.getCurations(directiveIds);
  const curations = perDirective.flat();
  if (curations.length > 0) {
    const rows = perDirective.flatMap((list) => list.map((c, seq) => ({ ...encodeCuration(c), seq: toNeo4jInt(seq) })));
    const { head, body } = render([':LABEL'], curations.map(() => [cell(CURATION, ':LABEL')]), rows);
    await emit('nodes', CURATION, head, body);
  }

  for (const [type, list] of edgesByType) {
    if (list.length === 0) continue;
    const fixed = list.map((e) => [cell(e.from, 'from'), cell(e.to, 'to'), cell(e.type, 'type')]);
    const rows = list.map(encodeEdgeProps);
    const { head, body } = render([`:START_ID(${ID_SPACE})`, `:END_ID(${ID_SPACE})`, ':TYPE'], fixed, rows);
    await emit('relationships', type, head, body);
    edges += list.length;
  }

  // What each report carries, so a re-ingest after the import releases it as the adapter does.
  const documentIds = (nodesByLabel.get('Document') ?? []).map((n) => n.id);
  if (documentIds.length > 0) {
    const ingest = render([`documentId:ID(${INGEST})`, ':LABEL'], documentIds.map((id) => [cell(id, 'documentId'), cell(INGEST, ':LABEL')]), documentIds.map(() => ({})));
    await emit('nodes', INGEST, ingest.head, ingest.body);
    const carries = carriesRows(nodesByLabel, edgesByType, carriers, joint);
    for (const [type, list] of [[CARRIES, carries.nodes], [CARRIES_EDGE, carries.edges]] as const) {
      if (list.length === 0) continue;
      const fixed = list.map((c) => [cell(c.documentId, 'from'), cell(c.to, 'to'), cell(type, 'type')]);
      const { head, body } = render([`:START_ID(${INGEST})`, `:END_ID(${ID_SPACE})`, ':TYPE'], fixed, list.map((c) => c.props));
      await emit('relationships', type, head, body);
    }
  }

  const command = [
    'neo4j-admin database import full neo4j --overwrite-destination',
    `  --array-delimiter="${ARRAY_DELIMITER}" --multiline-fields=true`,
    ...nodeArgs.map((a) => `  ${a}`),
    ...edgeArgs.map((a) => `  ${a}`),
  ].join(' \\\n');
  await writeFile(join(outDir, 'import-command.txt'), command + '\n');
  files.push(join(outDir, 'import-command.txt'));
  return { files, nodes, edges };
}

/** The id travels in the id:ID column, which neo4j-admin also stores as the `id` property. */
function withoutId(props: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = props;
  return rest;
}
