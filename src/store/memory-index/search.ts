// Name search over search keys: exact key 3, prefix 2, whole word 1.5, substring 1; ties by
// name. `exact` (used to resolve names in filters) accepts only whole keys, never a guess.
import type { GraphNode, NodeLabel } from '../../graph/model';
import { fold } from '../../text/fold';
import type { SearchArgs, SearchHit } from '../port';
import { checkFirst } from './cursor';
import { isKeyIndexed } from './exact-key-index';
import type { GraphState } from './graph-state';

const DEFAULT_LABELS: readonly NodeLabel[] = ['Agency', 'Official', 'Meeting', 'Document'];

/** The keys a node is found by; Directives only by their folded text. */
export function searchKeysOf(node: GraphNode): string[] {
  switch (node.label) {
    case 'Agency':
    case 'Official':
      return node.searchKeys;
    case 'Meeting':
    case 'Document':
      return node.title === null ? [] : [fold(node.title)];
    case 'Directive':
      return [node.textFolded];
    default:
      return [];
  }
}

export function displayNameOf(node: GraphNode): string {
  switch (node.label) {
    case 'Agency':
    case 'Official':
      return node.name;
    case 'Meeting':
    case 'Document':
      return node.title ?? '';
    case 'Directive':
      return node.text;
    default:
      return node.id;
  }
}

function scoreKey(key: string, queries: readonly string[]): number {
  let best = 0;
  for (const q of queries) {
    if (key === q) return 3;
    if (key.startsWith(q)) best = Math.max(best, 2);
    else if ((' ' + key + ' ').includes(' ' + q + ' ')) best = Math.max(best, 1.5);
    else if (key.includes(q)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * The ids worth scoring for one label: for an exact search over agencies or officials, only
 * the nodes holding a query as a whole key, each once; otherwise every node of the label.
 */
function candidates(state: GraphState, label: NodeLabel, queries: readonly string[], exact: boolean): Iterable<string> {
  if (!exact || !isKeyIndexed(label)) return state.idsOfLabel(label);
  const ids = new Set<string>();
  for (const q of queries) for (const id of state.exactKeys.idsWithKey(q)) if (state.nodes.get(id)?.label === label) ids.add(id);
  return ids;
}

/**
 * `nameOf` gives the name ties are broken by; a store that keeps some texts outside memory
 * (the embedded store reads directive clauses back from the document) passes its own.
 */
export function search(state: GraphState, args: SearchArgs, nameOf: (node: GraphNode) => string = displayNameOf): SearchHit[] {
  checkFirst(args.first);
  const folded = fold(args.text);
  if (folded === '') return [];
  // Keys hold the folded form, and for people also the lower-case form with diacritics.
  const lower = args.text.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
  const queries = lower === folded ? [folded] : [folded, lower];
  const hits: (SearchHit & { name: string })[] = [];
  for (const label of args.labels ?? DEFAULT_LABELS) {
    for (const id of candidates(state, label, queries, args.exact === true)) {
      const node = state.nodes.get(id) as GraphNode;
      let best = 0;
      let matched = '';
      for (const key of searchKeysOf(node)) {
        const score = scoreKey(key, queries);
        if (score > best) [best, matched] = [score, key];
      }
      if (best === 0 || (args.exact === true && best < 3)) continue;
      hits.push({ id, label, score: best, matched, name: nameOf(node) });
    }
  }
  hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi') || (a.id < b.id ? -1 : 1));
  return hits.slice(0, args.first).map(({ id, label, score, matched }) => ({ id, label, score, matched }));
}
