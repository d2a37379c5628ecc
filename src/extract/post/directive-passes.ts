// Post-processing passes over directives: small, pure, order-independent of each other.
import type { DirectiveMention } from '../types';

/** Drops a directive whose span lies inside another one's (the same task read twice). */
export function dedupeDirectives(directives: readonly DirectiveMention[]): DirectiveMention[] {
  // Sorted by start, then longest first: a span is contained iff it ends before the furthest
  // end seen so far. Linear after the sort.
  const order = directives.map((d, i) => i).sort((a, b) => directives[a].span.start - directives[b].span.start
    || directives[b].span.end - directives[a].span.end || a - b);
  const keep = new Set<number>();
  let furthest = -1;
  for (const i of order) {
    if (directives[i].span.end <= furthest) continue;
    keep.add(i);
    furthest = directives[i].span.end;
  }
  return directives.filter((_, i) => keep.has(i));
}

/** Reading order. */
export function sortDirectives(directives: readonly DirectiveMention[]): DirectiveMention[] {
  return [...directives].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
