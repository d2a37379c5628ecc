// db.index.fulltext.queryNodes on the reference graph, for the one index the adapter queries:
// entity_search, whitespace analyzer, over searchText, titleFolded and textFolded. Understands
// the part of Lucene's syntax a query may use here — terms with backslash escapes and a
// leading or trailing `*`, AND, OR, parentheses — and refuses anything else, as a parse error.
import { FakeNeo4jError, type RefGraph, type RefNode } from './reference-graph';

const INDEXES: Record<string, { labels: string[]; fields: string[]; schemaId: string }> = {
  entity_search: { labels: ['Agency', 'Official', 'Meeting', 'Document', 'Directive'], fields: ['searchText', 'titleFolded', 'textFolded'], schemaId: 'schema.fulltext.search' },
};

type Expr = { op: 'or' | 'and'; items: Expr[] } | { op: 'term'; prefix: boolean; suffix: boolean; text: string };

/** Splits on unescaped spaces and parentheses, keeping escapes inside terms. */
function lex(query: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < query.length; i++) {
    const ch = query[i];
    if (ch === '\\' && i + 1 < query.length) {
      current += ch + query[++i];
    } else if (ch === ' ' || ch === '(' || ch === ')') {
      if (current !== '') out.push(current);
      current = '';
      if (ch !== ' ') out.push(ch);
    } else {
      current += ch;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

function term(raw: string): Expr {
  const prefix = raw.startsWith('*');
  const suffix = raw.length > 1 && raw.endsWith('*') && !raw.endsWith('\\*');
  const body = raw.slice(prefix ? 1 : 0, suffix ? -1 : undefined);
  let text = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') text += body[++i] ?? '';
    else if ('+-&|!(){}[]^"~*?:/'.includes(body[i])) throw new FakeNeo4jError('Neo.ClientError.Procedure.ProcedureCallFailed', `Lucene syntax "${body[i]}" in ${raw} is not understood by this fake`);
    else text += body[i];
  }
  return { op: 'term', prefix, suffix, text };
}

function parse(tokens: string[]): Expr {
  let at = 0;
  const orExpr = (): Expr => {
    const items = [andExpr()];
    while (tokens[at] === 'OR') (at++, items.push(andExpr()));
    return items.length === 1 ? items[0] : { op: 'or', items };
  };
  const andExpr = (): Expr => {
    const items = [unit()];
    while (tokens[at] === 'AND') (at++, items.push(unit()));
    return items.length === 1 ? items[0] : { op: 'and', items };
  };
  const unit = (): Expr => {
    const t = tokens[at++];
    if (t === undefined || t === ')' || t === 'AND' || t === 'OR') throw new FakeNeo4jError('Neo.ClientError.Procedure.ProcedureCallFailed', `Lucene parse error at token ${at}`);
    if (t !== '(') return term(t);
    const inner = orExpr();
    if (tokens[at++] !== ')') throw new FakeNeo4jError('Neo.ClientError.Procedure.ProcedureCallFailed', 'Lucene parse error: unbalanced parenthesis');
    return inner;
  };
  const expr = orExpr();
  if (at !== tokens.length) throw new FakeNeo4jError('Neo.ClientError.Procedure.ProcedureCallFailed', `Lucene parse error: trailing ${tokens.slice(at).join(' ')}`);
  return expr;
}

function matches(expr: Expr, words: string[]): boolean {
  if (expr.op !== 'term') return expr.op === 'or' ? expr.items.some((e) => matches(e, words)) : expr.items.every((e) => matches(e, words));
  const { prefix, suffix, text } = expr;
  return words.some((w) => (prefix && suffix ? w.includes(text) : prefix ? w.endsWith(text) : suffix ? w.startsWith(text) : w === text));
}

/** The nodes the index holds that match `query`, in no particular order (the statement orders). */
export function fulltextQueryNodes(g: RefGraph, index: string, query: unknown): RefNode[] {
  const def = INDEXES[index];
  if (!def || !g.schema.has(def.schemaId)) throw new FakeNeo4jError('Neo.ClientError.Procedure.ProcedureCallFailed', `There is no such fulltext schema index: ${index}`);
  if (typeof query !== 'string') throw new FakeNeo4jError('Neo.ClientError.Statement.TypeError', `queryNodes expects a STRING query, got ${String(query)}`);
  const expr = parse(lex(query));
  return [...g.nodes.values()].filter((n) => {
    if (!def.labels.some((l) => n.labels.has(l))) return false;
    const words = def.fields.flatMap((f) => (typeof n.props[f] === 'string' ? (n.props[f] as string).split(/\s+/).filter((w) => w !== '') : []));
    return matches(expr, words);
  });
}
