// The structured queries behind ask(), each returning its part of the answer with citations.
import type { MeetingNode } from '../../graph/model';
import { neighbourIds } from '../adjacency';
import type { ApiContext } from '../context';
import { loadNode, loadNodes } from '../loaders';
import { DEFAULT_MAX_HOPS, findPath, stepSource } from '../path-view';
import { resolveAgencies, resolveEntity, resolveOfficials } from '../resolve-names';
import { sentenceMentioning, type SourceView } from '../source-view';
import type { DatePhrase } from './date-phrase';
import type { AnswerPart } from './run-ask';
import { meetingMatches } from './meeting-match';
import { allMeetings } from './meetings-scan';

export const notFoundPart = (message: string): AnswerPart => ({ status: 'NOT_FOUND', message });

export function uniqueCitations(sources: readonly (SourceView | null)[]): SourceView[] {
  const seen = new Set<string>();
  return sources.filter((s): s is SourceView => {
    if (s === null || seen.has(s.documentId + '|' + s.sentence)) return false;
    seen.add(s.documentId + '|' + s.sentence);
    return true;
  });
}

async function chairsOf(ctx: ApiContext, meeting: MeetingNode) {
  const ids = await neighbourIds(ctx, meeting.id, 'CHAIRED', 'in', (props) => props.role !== 'BRIDGE');
  return loadNodes(ctx.loaders, ids, 'Official');
}

/** The meetings a who-chaired question names: by its day, or by its body and session. */
async function namedMeetings(ctx: ApiContext, body: string | null, ordinal: number | null, date: DatePhrase | null) {
  const candidates = await allMeetings(ctx.store);
  if (date !== null) return { ok: true as const, which: `the meetings held on ${date.date}`, meetings: candidates.filter((m) => m.date === date.date) };
  const agencies = await resolveAgencies(ctx.store, body ?? '');
  if (!agencies.ok) return { ok: false as const, message: agencies.error.message };
  const bodies = await loadNodes(ctx.loaders, agencies.value, 'Agency');
  const docs = await ctx.loaders.nodes.loadMany(candidates.map((m) => m.documentId));
  const meetings = candidates.filter((m, i) => {
    const doc = docs[i];
    return meetingMatches(m, doc !== null && !(doc instanceof Error) && doc.label === 'Document' ? doc : null, bodies, ordinal);
  });
  return { ok: true as const, which: `${ordinal === null ? 'the meetings' : `session ${ordinal}`} of ${bodies.map((b) => b.name).join(' / ')}`, meetings };
}

export async function answerChairs(ctx: ApiContext, body: string | null, ordinal: number | null, date: DatePhrase | null): Promise<AnswerPart> {
  const named = await namedMeetings(ctx, body, ordinal, date);
  if (!named.ok) return notFoundPart(named.message);
  const { which, meetings } = named;
  if (meetings.length === 0) return notFoundPart(date !== null ? `No meeting held on ${date.date} is in the reports.` : `No ${which} is in the reports.`);
  const chairs = await Promise.all(meetings.map((m) => chairsOf(ctx, m)));
  const officials = [...new Map(chairs.flat().map((o) => [o.id, o])).values()];
  const citations = await Promise.all(
    meetings.flatMap((m, i) =>
      chairs[i].map(async (o) => {
        const doc = await loadNode(ctx.loaders, m.documentId, 'Document');
        return doc === null ? null : sentenceMentioning(doc, o.name);
      }),
    ),
  );
  return {
    status: 'ANSWERED',
    message: `${officials.map((o) => o.name).join(', ') || 'Nobody named'} chaired ${which}.`,
    meetings,
    officials,
    citations: uniqueCitations(citations),
  };
}

export async function answerMeetingsChaired(ctx: ApiContext, official: string): Promise<AnswerPart> {
  const officials = await resolveOfficials(ctx.store, official);
  if (!officials.ok) return notFoundPart(officials.error.message);
  const meetingIds = (await Promise.all(officials.value.map((id) => neighbourIds(ctx, id, 'CHAIRED', 'out')))).flat();
  const meetings = await loadNodes(ctx.loaders, [...new Set(meetingIds)], 'Meeting');
  const docs = await loadNodes(ctx.loaders, meetings.map((m) => m.documentId), 'Document');
  return {
    status: 'ANSWERED',
    message: `${official} chaired ${meetings.length} meeting(s) in the reports.`,
    meetings,
    citations: uniqueCitations(docs.map((d) => sentenceMentioning(d, official))),
  };
}

/** The first reading of the two names where both match something exactly. */
async function resolvePair(ctx: ApiContext, readings: readonly [string, string][]) {
  let firstError: string | null = null;
  for (const [fromName, toName] of readings) {
    const [from, to] = await Promise.all([resolveEntity(ctx.store, fromName), resolveEntity(ctx.store, toName)]);
    if (from.ok && to.ok) return { ok: true as const, fromName, toName, from: from.value, to: to.value };
    firstError ??= (!from.ok ? from.error : !to.ok ? to.error : null)?.message ?? null;
  }
  return { ok: false as const, message: firstError ?? 'No entity matches.' };
}

export async function answerPath(ctx: ApiContext, readings: readonly [string, string][]): Promise<AnswerPart> {
  const pair = await resolvePair(ctx, readings);
  if (!pair.ok) return notFoundPart(pair.message);
  const { fromName, toName } = pair;
  const path = await findPath(ctx, pair.from, pair.to, DEFAULT_MAX_HOPS);
  if (path === null) return { status: 'ANSWERED', message: `No chain of at most ${DEFAULT_MAX_HOPS} relationships links ${fromName} and ${toName}.`, path: null };
  const sources = await Promise.all(path.steps.map((s) => stepSource(ctx, s)));
  return {
    status: 'ANSWERED',
    message: `${fromName} and ${toName} are linked in ${path.length} step(s): ${path.steps.map((s) => s.edgeType).join(' → ')}.`,
    path,
    citations: uniqueCitations(sources),
  };
}
