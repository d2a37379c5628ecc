// The column names a statement returns, read from its text: the final RETURN (the line that
// starts with it, continued until ORDER BY, LIMIT or the end), split at top-level commas, each
// named by its AS alias or, for a bare variable, by itself. The recording driver checks that
// the rows an intent produces have exactly these columns, so an intent cannot answer with a
// shape the real statement would not have.
export function returnColumns(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.map((l) => l.trimStart()).findIndex((l, i, all) => l.startsWith('RETURN ') && !all.slice(i + 1).some((x) => x.startsWith('RETURN ')));
  if (start < 0) return [];
  const body: string[] = [];
  for (const line of lines.slice(start)) {
    const t = line.trim();
    if (body.length > 0 && (t.startsWith('ORDER BY') || t.startsWith('LIMIT'))) break;
    body.push(t);
  }
  const projection = body.join(' ').replace(/^RETURN\s+(DISTINCT\s+)?/, '');
  return splitTopLevel(projection).map((item) => {
    const alias = /\sAS\s+(\w+)$/.exec(item);
    return alias ? alias[1] : item.trim();
  });
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}
