// Every deadline of the gold annotations is produced from its evidence clause (the evidence
// extended to the end of its clause: the gold evidence of 003 stops before "trong tháng 01/2024").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeadlines } from '../../../src/extract/deadline';

const ROOT = join(__dirname, '..', '..', '..');
const GOLD_DIR = join(ROOT, 'test', 'fixtures', 'gold');

interface GoldDirective {
  evidence: string;
  deadline: string | null;
}
interface GoldDoc {
  doc: string;
  published: string;
  directives: GoldDirective[];
}

const cases: Array<[string, string, string, string]> = [];
for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as GoldDoc;
  const text = readFileSync(join(ROOT, 'seeds', gold.doc), 'utf8').normalize('NFC');
  for (const directive of gold.directives) {
    if (!directive.deadline) continue;
    const start = text.indexOf(directive.evidence.normalize('NFC'));
    const rest = text.slice(start + directive.evidence.length);
    const clauseEnd = /[.;](?=\s|$)/.exec(rest);
    const clause = text.slice(start, start + directive.evidence.length + (clauseEnd ? clauseEnd.index : rest.length));
    cases.push([gold.doc, gold.published, clause, directive.deadline]);
  }
}

describe('gold deadlines come out of their evidence clauses', () => {
  it('has the eight gold deadlines to check', () => {
    expect(cases).toHaveLength(8);
  });

  it.each(cases)('%s (published %s): %s → %s', (_doc, published, clause, expected) => {
    const dates = parseDeadlines(clause, published).filter((m) => !m.recurring).map((m) => m.date);
    expect(dates).toContain(expected);
  });
});
