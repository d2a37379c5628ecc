// path(from, to): the store's shortest chain, turned into steps walked from `from`, each with
// the report it was read from and, for facts about a directive, the directive's sentence.
import type { EdgeType, GraphEdge } from '../graph/model';
import type { ApiContext } from './context';
import { badInput, notFound, quote } from './errors';
import { loadNode } from './loaders';
import { optionPath, type PathOptions } from './path-search';
import { resolveEntity } from './resolve-names';
import { sentenceMentioning, sourceOfDirective, type SourceView } from './source-view';

export const DEFAULT_MAX_HOPS = 6;
export const MAX_HOPS = 8;

export interface PathStepView {
  edgeType: string;
  fromId: string;
  toId: string;
  forward: boolean;
  properties: string;
  documentId: string | null;
  directiveId: string | null;
}

export interface PathView {
  fromId: string;
  toId: string;
  length: number;
  steps: PathStepView[];
}

// Edges read from a directive's sentence: the directive is one of their ends.
const TEXT_EDGES = new Set(['ISSUED', 'ASSIGNED_TO', 'DUE_BY', 'PART_OF']);

/** Orients the store's chain from `from` (pure). */
export function stepsFrom(fromId: string, edges: readonly GraphEdge[]): PathStepView[] {
  let at = fromId;
  return edges.map((edge) => {
    const forward = edge.from === at;
    const next = forward ? edge.to : edge.from;
    const directiveEnd = edge.type === 'ISSUED' ? edge.to : edge.from;
    const step: PathStepView = {
      edgeType: edge.type,
      fromId: at,
      toId: next,
      forward,
      properties: JSON.stringify(edge.props),
      documentId: edge.documentId,
      directiveId: TEXT_EDGES.has(edge.type) ? directiveEnd : null,
    };
    at = next;
    return step;
  });
}

export function checkMaxHops(maxHops: number | null | undefined): number {
  const hops = maxHops ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw badInput(`maxHops must be between 1 and ${MAX_HOPS}, got ${quote(hops)}.`);
  }
  return hops;
}

export async function findPath(ctx: ApiContext, fromId: string, toId: string, maxHops: number, options: PathOptions | null = null): Promise<PathView | null> {
  const [from, to] = await Promise.all([ctx.loaders.nodes.load(fromId), ctx.loaders.nodes.load(toId)]);
  if (from === null) throw notFound(`No entity with id ${quote(fromId)}.`);
  if (to === null) throw notFound(`No entity with id ${quote(toId)}.`);
  const edges = options === null ? await ctx.store.shortestPath(fromId, toId, maxHops) : await optionPath(ctx, fromId, toId, maxHops, options);
  if (edges === null) return null;
  const steps = stepsFrom(fromId, edges);
  return { fromId, toId, length: steps.length, steps };
}

/** An id, or else a whole name (agencies, officials, then meetings and reports). */
export async function entityIdOf(ctx: ApiContext, idOrName: string): Promise<string> {
  if ((await ctx.loaders.nodes.load(idOrName)) !== null) return idOrName;
  const resolved = await resolveEntity(ctx.store, idOrName);
  if (!resolved.ok) throw notFound(`No entity has the id or name ${quote(idOrName)}.`);
  return resolved.value;
}

export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  edgeTypes?: EdgeType[] | null;
  excludeGroups?: boolean | null;
}

export async function pathQuery(ctx: ApiContext, args: PathArgs): Promise<PathView | null> {
  const maxHops = checkMaxHops(args.maxHops);
  const [fromId, toId] = await Promise.all([entityIdOf(ctx, args.from), entityIdOf(ctx, args.to)]);
  const options = (args.edgeTypes && args.edgeTypes.length > 0) || args.excludeGroups ? { edgeTypes: args.edgeTypes ?? null, excludeGroups: args.excludeGroups === true } : null;
  return findPath(ctx, fromId, toId, maxHops, options);
}

// Edges about a named person at a meeting: their source is the report's sentence naming them.
const PERSON_EDGES = new Set(['CHAIRED', 'ATTENDED']);

export async function stepSource(ctx: ApiContext, step: PathStepView): Promise<SourceView | null> {
  if (step.directiveId !== null) {
    const directive = await loadNode(ctx.loaders, step.directiveId, 'Directive');
    return directive === null ? null : sourceOfDirective(directive);
  }
  if (!PERSON_EDGES.has(step.edgeType) || step.documentId === null) return null;
  const officialId = step.forward ? step.fromId : step.toId;
  const [official, document] = await Promise.all([loadNode(ctx.loaders, officialId, 'Official'), loadNode(ctx.loaders, step.documentId, 'Document')]);
  return official === null || document === null ? null : sentenceMentioning(document, official.name);
}
