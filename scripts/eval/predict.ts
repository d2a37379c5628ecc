// Runs the extractor in one process over every document that a gold folder names and writes the
// scorer JSON of each to an output folder, so that the shared scorer can read them back (`cat`)
// instead of starting one process per document. Same decode → normalise → extract path as
// `minutes-graph extract --json`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeDocument } from '../../src/extract/document/decode';
import { normalizeText } from '../../src/extract/document/normalize';
import { extract } from '../../src/extract/pipeline';
import { toScorerJson } from '../../src/extract/format';

function option(args: string[], name: string): string {
  const i = args.indexOf(name);
  if (i < 0 || !args[i + 1]) throw new Error(`predict: missing ${name}`);
  return args[i + 1];
}

const args = process.argv.slice(2);
const goldDir = option(args, '--gold');
const docsDir = option(args, '--docs');
const outDir = option(args, '--out');
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as { doc: string; published?: string | null };
  const decoded = decodeDocument(readFileSync(join(docsDir, gold.doc)));
  if (!decoded.ok) throw new Error(`${gold.doc}: ${decoded.error.message}`);
  const normalized = normalizeText(decoded.text);
  const result = extract({ text: normalized.text, published: gold.published ?? null });
  writeFileSync(join(outDir, `${basename(gold.doc)}.json`), JSON.stringify(toScorerJson(result, normalized.toInput)));
}
