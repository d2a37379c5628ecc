// The answer to a question about tasks: the directive filter the grammar built, succession
// applied (an agency answers for its predecessors' tasks once their duties passed to it, and an
// abolished agency's answer says where its duties went), run with citations.
import type { ApiContext } from '../context';
import type { DirectiveFilterInput } from '../directive-filter';
import { directiveNode } from '../directive-view';
import { emptyConnection, findDirectives } from '../find-directives';
import { loadNode } from '../loaders';
import { resolveAgencies } from '../resolve-names';
import { sourceOfDirective } from '../source-view';
import { dutiesMovedTo, predecessorsAsOf } from '../succession';
import { notFoundPart, uniqueCitations } from './executors';
import type { AskIntent } from './intents';
import type { AnswerPart } from './run-ask';

type TaskIntent = Extract<AskIntent, { filter: DirectiveFilterInput }>;

const ALWAYS = '9999-12-31';

/** Notes on succession for the assignee, and the filter following it when every predecessor's duties had passed by the day judged. */
export async function withSuccession(ctx: ApiContext, filter: DirectiveFilterInput, today: string): Promise<{ filter: DirectiveFilterInput; notes: string[] }> {
  if (!filter.assignedTo) return { filter, notes: [] };
  const agencies = await resolveAgencies(ctx.store, filter.assignedTo);
  if (!agencies.ok || agencies.value.length !== 1) return { filter, notes: [] };
  const [id] = agencies.value;
  const day = filter.overdueOn ?? today;
  const [carried, all, moved] = await Promise.all([predecessorsAsOf(ctx, id, day), predecessorsAsOf(ctx, id, ALWAYS), dutiesMovedTo(ctx, id, today)]);
  const notes: string[] = [];
  if (moved !== null) {
    const to = await loadNode(ctx.loaders, moved.agencyId, 'Agency');
    notes.push(`Its duties moved to ${to?.name ?? moved.agencyId}${moved.effective ? ` on ${moved.effective}` : ''}, which answers for them now.`);
  }
  if (carried.length === 0 || carried.length !== all.length) return { filter, notes };
  const names = await Promise.all(carried.map(async (p) => `${(await loadNode(ctx.loaders, p.agencyId, 'Agency'))?.name ?? p.agencyId}${p.effective ? ` (from ${p.effective})` : ''}`));
  notes.push(`Tasks of ${names.join(', ')} are included, flagged by inheritedFrom.`);
  return { filter: { ...filter, followSuccession: true }, notes };
}

export async function answerTasks(ctx: ApiContext, intent: TaskIntent, notes: readonly string[], first: number | null | undefined): Promise<AnswerPart> {
  if (intent.absent !== null) {
    const { name, nameEn } = intent.absent;
    return { status: 'ANSWERED', message: `${name}${nameEn ? ` (${nameEn})` : ''} is a known agency, but no report in the graph assigns it anything.`, directives: emptyConnection() };
  }
  const result = await findDirectives(ctx, intent.filter, { first });
  if (result.unresolved.length > 0) return notFoundPart(result.unresolved.map((e) => e.message).join(' '));
  const { connection } = result;
  const nodes = await Promise.all(connection.nodes.map((ref) => directiveNode(ctx, ref.id)));
  const shown = connection.nodes.length < connection.totalCount ? ` (the first ${connection.nodes.length} shown)` : '';
  return {
    status: 'ANSWERED',
    message: [`${connection.totalCount} directive(s) match${shown}.`, ...notes].join(' '),
    directives: connection,
    citations: uniqueCitations(nodes.map(sourceOfDirective)),
  };
}
