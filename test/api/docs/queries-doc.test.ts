// docs/queries.md is generated from examples.ts by running each example against the seeds:
//   UPDATE_QUERIES_DOC=1 npx jest test/api/docs
// A normal run checks every example still runs as documented (errors only where the example
// shows one) and that the document holds every query; outputs change with the extractor.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApi, type ApiServer } from '../../../src/api/server';
import { testConfig } from '../support/api-config';
import { gql } from '../support/client';
import type { TempStore } from '../support/fixture-store';
import { openSeededStore } from '../seeded-store';
import { ASK_FORMS } from '../../../src/api/ask/examples';
import { DOC_CLOCK, DOC_GROUPS, REFUSED_QUESTIONS, type DocExample } from './examples';

const DOC = join(__dirname, '..', '..', '..', 'docs', 'queries.md');

let seeded: TempStore;
let yoga: ApiServer;

beforeAll(async () => {
  seeded = await openSeededStore();
  yoga = createApi({ store: seeded.store, config: testConfig(), clock: () => new Date(DOC_CLOCK) });
});
afterAll(() => seeded.dispose());

/** The id of the MOH directive due 2025-06-30, for the curation example. */
async function variablesFor(example: DocExample): Promise<Record<string, unknown> | undefined> {
  if (example.query.startsWith('mutation SetStatus')) {
    const r = await gql(yoga, '{ directives(filter: { assignedTo: "Bộ Y tế", dueOn: "2025-06-30" }) { nodes { id } } }');
    return { id: r.data.directives.nodes[0].id };
  }
  return example.variables;
}

async function run(example: DocExample) {
  const variables = await variablesFor(example);
  const r = await gql(yoga, example.query, variables, example.headers);
  const body: Record<string, unknown> = {};
  if (r.data !== undefined) body.data = r.data;
  if (r.errors !== undefined) body.errors = r.errors;
  return { variables, body, status: r.status };
}

/** JSON with every object or array that fits in 100 columns on one line. */
export function compactJson(value: unknown, indent = ''): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 100) return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compactJson(v, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`;
}

function section(example: DocExample, variables: Record<string, unknown> | undefined, body: unknown, status: number): string {
  const parts = [`### ${example.title}`, '', example.why, '', '```graphql', example.query, '```'];
  if (variables) parts.push('', 'Variables:', '', '```json', JSON.stringify(variables, null, 2), '```');
  if (example.headers) parts.push('', `Headers: \`${Object.entries(example.headers).map(([k]) => `${k}: …`).join(', ')}\``);
  parts.push('', `Response (HTTP ${status}):`, '', '```json', compactJson(body), '```', '');
  return parts.join('\n');
}

const HEADER = `# Worked queries

Real queries against the five seed reports (\`npm start\`, then GraphiQL at
http://localhost:4000/graphql, or POST the query as JSON). Every response below was produced by
running the query (\`UPDATE_QUERIES_DOC=1 npx jest test/api/docs\` regenerates this file; the clock
is fixed at ${DOC_CLOCK} for "today"). Field and argument descriptions are in GraphiQL's docs pane.

Unknown names are reported as a top-level \`errors\` entry with code NOT_FOUND and the \`path\` of the
field, next to an empty result in \`data\` — a client gets both "nothing" and why.
`;

/** The ask() table, and questions it refuses, each with the status it really gets. */
async function askSection(): Promise<string> {
  const lines = [
    '## What ask() understands, and what it refuses',
    '',
    'Questions about tasks are read by slots (who gave the task, to whom, in which role, the deadline, status, as-of day and meeting), in English and Vietnamese, with or without diacritics, active or passive; paths and chairs by fixed patterns. One example of each form:',
    '',
    '| form | example | status on the seeds |',
    '|---|---|---|',
  ];
  const status = async (q: string) => (await gql(yoga, 'query($q: String!) { ask(question: $q) { status } }', { q })).data.ask.status;
  for (const p of ASK_FORMS) lines.push(`| \`${p.id}\` | ${p.example} | ${await status(p.example)} |`);
  lines.push('', 'Refused — answered NOT_UNDERSTOOD naming the words it could not place, with the examples above, never a guess:', '');
  for (const q of REFUSED_QUESTIONS) {
    const s = await status(q);
    expect([q, s]).toEqual([q, 'NOT_UNDERSTOOD']);
    lines.push(`- "${q}" → ${s}`);
  }
  lines.push('');
  return lines.join('\n');
}

test('every documented example runs as documented', async () => {
  const sections: string[] = [HEADER];
  for (const group of DOC_GROUPS) {
    sections.push(`## ${group.group}`, '', group.intro, '');
    for (const example of group.examples) {
      const { variables, body, status } = await run(example);
      const hasErrors = 'errors' in body;
      expect([example.title, hasErrors]).toEqual([example.title, example.showsError === true]);
      sections.push(section(example, variables, body, status));
    }
  }
  sections.push(await askSection());
  const text = sections.join('\n');
  if (process.env.UPDATE_QUERIES_DOC === '1') writeFileSync(DOC, text);
  const doc = readFileSync(DOC, 'utf8');
  for (const group of DOC_GROUPS) for (const example of group.examples) expect(doc).toContain(example.query);
});
