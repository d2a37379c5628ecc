// Post-processing passes over directives: small, pure, order-independent of each other.
import type { DirectiveMention } from '../types';

/** Drops a directive whose span lies inside another one's (the same task read twice). */
export function dedupeDirectives(directives: readonly DirectiveMention[]): DirectiveMention[] {
  return directives.filter((d, i) => !directives.some((o, j) => j !== i
    && o.span.start <= d.span.start && d.span.end <= o.span.end
    && (o.span.start !== d.span.start || o.span.end !== d.span.end || j < i)));
}

/** Reading order. */
export function sortDirectives(directives: readonly DirectiveMention[]): DirectiveMention[] {
  return [...directives].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
