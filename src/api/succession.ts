// Agency succession as of a day: which predecessors' duties an agency carries on that day, and
// where an abolished agency's duties went. A SUCCEEDED_BY edge counts from its `effective` day
// (an edge without one counts always), so Bộ Nội vụ answers for Bộ LĐTB&XH from 2025-03-01 on
// and not before. Read through the edge loader, one level of the chain per batch.
import type { GraphEdge } from '../graph/model';
import type { ApiContext } from './context';
import { loadEdges } from './loaders';

export interface SuccessionStep {
  agencyId: string;
  /** The day the duties reached the agency asked about (the latest step of the chain), when known. */
  effective: string | null;
}

const inForce = (effective: unknown, asOf: string): effective is string | null | undefined =>
  effective === null || effective === undefined || (typeof effective === 'string' && effective <= asOf);

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);

const effectiveOf = (props: Record<string, unknown>): string | null => (typeof props.effective === 'string' ? props.effective : null);

/** Predecessors whose duties `agencyId` carries on `asOf`, transitively, nearest first. */
export async function predecessorsAsOf(ctx: ApiContext, agencyId: string, asOf: string): Promise<SuccessionStep[]> {
  const found = new Map<string, SuccessionStep>();
  let frontier: SuccessionStep[] = [{ agencyId, effective: null }];
  while (frontier.length > 0) {
    const edges = await Promise.all(frontier.map((step) => loadEdges(ctx.loaders, step.agencyId, 'SUCCEEDED_BY', 'in')));
    const next: SuccessionStep[] = [];
    frontier.forEach((step, i) => {
      for (const edge of edges[i]) {
        if (edge.from === agencyId || found.has(edge.from) || !inForce(edge.props.effective, asOf)) continue;
        const reached = { agencyId: edge.from, effective: later(step.effective, effectiveOf(edge.props)) };
        found.set(edge.from, reached);
        next.push(reached);
      }
    });
    frontier = next;
  }
  return [...found.values()];
}

/** Where `agencyId`'s duties are on `asOf`: the last agency of its chain in force, or null when it still carries them. */
export async function dutiesMovedTo(ctx: ApiContext, agencyId: string, asOf: string): Promise<SuccessionStep | null> {
  let current: SuccessionStep | null = null;
  let at = agencyId;
  const seen = new Set([agencyId]);
  for (;;) {
    const edges: GraphEdge[] = await loadEdges(ctx.loaders, at, 'SUCCEEDED_BY', 'out');
    const edge = edges.find((e) => inForce(e.props.effective, asOf));
    if (edge === undefined || seen.has(edge.to)) return current;
    seen.add(edge.to);
    at = edge.to;
    current = { agencyId: edge.to, effective: later(current === null ? null : current.effective, effectiveOf(edge.props)) };
  }
}
