// List arguments (search kinds, directive statuses, curated assignees) are sets of a few
// values. Issue 15: `search(kinds: $k)` with 10^6 entries (10 MB, under the body limit) held
// the event loop 45 s, and `kinds: [AGENCY, AGENCY, AGENCY]` counted every agency three times.
// So: a list longer than MAX_LIST_LENGTH is refused with BAD_USER_INPUT before anything is
// parsed or executed (variables) or at validation (literals), and repeated values are dropped.
import { GraphQLError, Kind, print, visit, type ASTVisitor, type DocumentNode, type ListValueNode, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from '../errors';

/** More than any list argument of the schema can mean: every EntityKind or status is fewer. */
export const MAX_LIST_LENGTH = 100;

const MAX_NESTING = 32;

/** The first list in a variable value longer than `max`, as a path like "filter.status". */
export function overlongList(value: unknown, max: number, path: string, depth = 0): { path: string; length: number } | null {
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    if (value.length > max) return { path, length: value.length };
    for (let i = 0; i < value.length; i++) {
      const found = overlongList(value[i], max, `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    const found = overlongList(inner, max, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

const isPrimitive = (v: unknown) => v === null || typeof v !== 'object';

/** The value with repeated entries dropped from each list of scalars (first one kept, in order). */
export function withoutRepeats(value: unknown, depth = 0): unknown {
  if (depth > MAX_NESTING || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    if (value.every(isPrimitive)) return [...new Set(value)];
    return value.map((v) => withoutRepeats(v, depth + 1));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRepeats(v, depth + 1)]));
}

function tooLong(what: string, length: number, max: number): GraphQLError {
  return badInput(`${what} is a list of ${length} values; a list argument takes at most ${max} (repeated values count once)`);
}

/** Validation rule: a list written in the query itself is capped the same way. */
export function maxListLiteralRule(max: number) {
  return (context: ValidationContext): ASTVisitor => ({
    ListValue(node: ListValueNode) {
      if (node.values.length > max) context.reportError(tooLong('A list in the query', node.values.length, max));
    },
  });
}

/** The document with repeated scalar and enum values dropped from each literal list. */
export function dedupeLiteralLists(document: DocumentNode): DocumentNode {
  let changed = false;
  const result = visit(document, {
    ListValue(node) {
      const seen = new Set<string>();
      const values = node.values.filter((v) => {
        if (v.kind === Kind.LIST || v.kind === Kind.OBJECT || v.kind === Kind.VARIABLE) return true;
        const key = print(v);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (values.length === node.values.length) return undefined;
      changed = true;
      return { ...node, values };
    },
  });
  return changed ? result : document;
}

export function useListArguments(max = MAX_LIST_LENGTH): Plugin {
  // Yoga hands out the same parsed document for the same query text: walked once, not per request.
  const deduped = new WeakMap<DocumentNode, DocumentNode>();
  const dedupeOnce = (document: DocumentNode): DocumentNode => {
    let result = deduped.get(document);
    if (result === undefined) deduped.set(document, (result = dedupeLiteralLists(document)));
    return result;
  };
  return {
    onParams({ params, setResult }) {
      // Before the query is even parsed: a 10^6-entry variable costs one walk, nothing more.
      for (const [name, value] of Object.entries(params.variables ?? {})) {
        const found = overlongList(value, max, `$${name}`);
        if (found) {
          setResult({ errors: [tooLong(`Variable "${found.path}"`, found.length, max)] });
          return;
        }
      }
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxListLiteralRule(max));
    },
    onExecute({ args }) {
      // Set semantics: `kinds: [AGENCY, AGENCY]` asks for agencies once.
      args.document = dedupeOnce(args.document);
      if (args.variableValues) args.variableValues = withoutRepeats(args.variableValues) as Record<string, unknown>;
    },
  };
}
