// The full-text query that finds every node whose key could contain the search text: a
// superset that the statement then scores exactly. If a key contains "t1 t2 … tn" (tokens
// split on spaces), then t1 ends a word of the key, t2 … tn-1 are whole words and tn starts
// a word; one token is anywhere inside a word. Neo4j's full-text query parser allows the
// leading wildcard this needs. Several variants of the text (folded, with diacritics) are
// alternatives.

/** Lucene's query-syntax characters, escaped so a token is always a literal. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLuceneTerm(token: string): string {
  return token.replace(SPECIAL, (c) => `\\${c}`);
}

function containsClause(text: string): string | null {
  const tokens = text.split(' ').filter((t) => t !== '').map(escapeLuceneTerm);
  if (tokens.length === 0) return null;
  if (tokens.length === 1) return `*${tokens[0]}*`;
  const inner = tokens.slice(1, -1);
  return [`*${tokens[0]}`, ...inner, `${tokens[tokens.length - 1]}*`].join(' AND ');
}

/** null when no variant has a token (nothing can match). */
export function luceneContainsQuery(variants: readonly string[]): string | null {
  const clauses = [...new Set(variants)].map(containsClause).filter((c): c is string => c !== null);
  if (clauses.length === 0) return null;
  return clauses.length === 1 ? clauses[0] : clauses.map((c) => `(${c})`).join(' OR ');
}
