// `minutes-graph ask [--json] "question"`: the API's ask() over the store, printed as the
// answer, the sentences it rests on and the GraphQL query it ran (--json: the raw answer).
// It goes through the GraphQL API itself (yoga.fetch, no port), so it answers exactly what a
// client of the server would get.
import { apiConfigFromEnv, createApi } from '../api/server';
import type { StorePort } from '../store/port';
import type { CliIO } from './io';

export const ASK_QUERY = `query Ask($question: String!) {
  ask(question: $question, first: 50) {
    status message examples
    understood { intent pattern query summary }
    directives { totalCount nodes { id text deadline { date } assignees { name } inheritedFrom { name } } }
    meetings { id date title }
    officials { name }
    path { length steps { edgeType from { ...Named } to { ...Named } } }
    citations { sentence document { title published } }
  }
}
fragment Named on Entity { ... on Agency { name } ... on Official { name } ... on Meeting { title meetingDate: date } ... on Directive { text } ... on Document { title } ... on Deadline { date } }`;

interface Named {
  name?: string;
  title?: string | null;
  meetingDate?: string | null;
  date?: string;
  text?: string;
}

interface AnswerJson {
  status: string;
  message: string;
  examples: string[];
  understood: { intent: string; pattern: string; query: string; summary: string } | null;
  directives: { totalCount: number; nodes: { text: string; deadline: { date: string } | null; assignees: { name: string }[]; inheritedFrom: { name: string } | null }[] } | null;
  meetings: { date: string | null; title: string | null }[] | null;
  officials: { name: string }[] | null;
  path: { length: number; steps: { edgeType: string; from: Named; to: Named }[] } | null;
  citations: { sentence: string; document: { title: string | null; published: string | null } }[];
}

const label = (n: Named) => n.name ?? n.text ?? n.title ?? n.meetingDate ?? n.date ?? '?';

/** The answer as lines for a person (pure). */
export function formatAnswer(a: AnswerJson): string {
  const lines = [`${a.status}: ${a.message}`];
  if (a.understood) lines.push(`Read as: ${a.understood.summary}`);
  for (const d of a.directives?.nodes ?? []) {
    const due = d.deadline ? ` [due ${d.deadline.date}]` : '';
    const from = d.inheritedFrom ? ` (inherited from ${d.inheritedFrom.name})` : '';
    lines.push(`- ${d.text}${due} → ${d.assignees.map((x) => x.name).join(', ')}${from}`);
  }
  for (const o of a.officials ?? []) lines.push(`- ${o.name}`);
  for (const m of a.meetings ?? []) lines.push(`- meeting ${m.date ?? '(no date)'}: ${m.title ?? ''}`);
  for (const s of a.path?.steps ?? []) lines.push(`- ${label(s.from)} —${s.edgeType}→ ${label(s.to)}`);
  if (a.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const c of a.citations) lines.push(`- "${c.sentence}" (${c.document.title ?? 'untitled'}${c.document.published ? `, ${c.document.published}` : ''})`);
  }
  if (a.understood) lines.push('', `GraphQL: ${a.understood.query}`);
  if (a.status === 'NOT_UNDERSTOOD') lines.push('', 'Questions it answers:', ...a.examples.map((e) => `- ${e}`));
  return lines.join('\n');
}

export async function askCommand(question: string, json: boolean, store: StorePort, io: CliIO, env: NodeJS.ProcessEnv): Promise<number> {
  const yoga = createApi({ store, config: apiConfigFromEnv(env), clock: () => new Date() });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: ASK_QUERY, variables: { question } }),
  });
  const body = (await response.json()) as { data?: { ask: AnswerJson } | null; errors?: { message: string }[] };
  if (!body.data?.ask) {
    io.stderr(`ask: ${(body.errors ?? []).map((e) => e.message).join('; ') || `HTTP ${response.status}`}`);
    return 1;
  }
  io.stdout(json ? JSON.stringify(body.data.ask, null, 2) : formatAnswer(body.data.ask));
  return body.data.ask.status === 'ANSWERED' ? 0 : 3;
}
