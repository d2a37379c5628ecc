// Deterministic ids: the same document text gives the same ids whatever its file name, so
// re-ingesting a report rewrites identical records. Hashes are sha256, cut to 16 hex digits
// (64 bits: collisions are out of reach for any realistic corpus).
import { hash } from 'node:crypto';
import { fold } from '../text/fold';
import type { EdgeProps, EdgeType } from './model';

/** Full sha256 hex of a string (UTF-8). One-shot: a Hash object per id cost 2.4× as much (a batch hashes ~100 ids). */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** First 16 hex digits of sha256 over the parts joined by a separator that text cannot hold. */
export function shortHash(...parts: (string | number)[]): string {
  return sha256Hex(parts.join('\u0000')).slice(0, 16);
}

/** Lower-case ASCII words joined by '-': "Bộ Y tế" → "bo-y-te". */
export function slug(name: string): string {
  return fold(name).replace(/ /g, '-');
}

export function documentId(normalisedText: string): string {
  return 'doc:' + sha256Hex(normalisedText).slice(0, 16);
}

/** One meeting per document: its id carries the document's hash. */
export function meetingId(docId: string): string {
  return 'mtg:' + docId.replace(/^doc:/, '');
}

export function directiveId(docId: string, start: number, end: number): string {
  return 'dir:' + shortHash(docId, start, end);
}

/** A directive has at most one deadline; the deadline id mirrors the directive's. */
export function deadlineId(dirId: string): string {
  return 'ddl:' + dirId.replace(/^dir:/, '');
}

/** The directive whose deadline id this is (deadlineId's inverse), or null for an id of another form. */
export function directiveIdOfDeadline(id: string): string | null {
  return id.startsWith('ddl:') ? 'dir:' + id.slice(4) : null;
}

export function officialId(name: string): string {
  return 'off:' + slug(name);
}

export function agencyId(canonicalName: string): string {
  return 'agy:' + slug(canonicalName);
}

export function edgeId(type: EdgeType, from: string, to: string, extra = ''): string {
  return 'e:' + shortHash(type, from, to, extra);
}

/**
 * What tells parallel edges of one type apart, read from their props: the chair's role and
 * bridge point, the assignment's role. Derived from the props so that an edge can be re-aimed
 * (two reports' meetings joined) and still get the id the builder would give it.
 */
export function edgeDistinction(type: EdgeType, props: EdgeProps): string {
  if (type === 'CHAIRED') return String(props.role) + '|' + String(props.location ?? '');
  if (type === 'ASSIGNED_TO') return String(props.role);
  return '';
}
