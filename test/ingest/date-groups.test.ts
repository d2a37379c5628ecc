// The joiner keeps the groups of each meeting date and matches a new report only against the
// stored ones (date-groups.ts): in any order of arrival, the groups must be those that
// matching every pair gives.
import { summariseReport, type ReportSummary } from '../../src/graph/merge/report-summary';
import { DateGroups } from '../../src/ingest/date-groups';
import { batchOf, OTHER_MEETING, OUTLET_A, OUTLET_B, OUTLET_C } from './support/two-outlets';

const summaries = new Map<string, ReportSummary | null>();
const ids: Record<string, string> = {};

beforeAll(async () => {
  const texts = { a: OUTLET_A, b: OUTLET_B, c: OUTLET_C, other: OTHER_MEETING };
  for (const [name, text] of Object.entries(texts)) {
    const batch = await batchOf(text, `outlet-${name}`);
    ids[name] = batch.documentId;
    summaries.set(batch.documentId, summariseReport(batch));
  }
  ids.unmatchable = 'doc-without-summary';
  summaries.set(ids.unmatchable, null);
});

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const groupsOf = (groups: DateGroups, names: string[]) => names.map((name) => groups.group(ids[name]).join());

test('one report at a time, in every order, gives the groups of matching every pair', () => {
  const names = ['a', 'b', 'c', 'other', 'unmatchable'];
  const whole = DateGroups.of(names.map((n) => ids[n]), summaries);
  expect(whole.group(ids.a)).toContain(ids.b);
  expect(whole.group(ids.other)).toEqual([ids.other]);
  expect(whole.group(ids.unmatchable)).toEqual([ids.unmatchable]);
  for (const order of permutations(names)) {
    const [first, ...rest] = order;
    const groups = DateGroups.of([ids[first]], summaries);
    for (const name of rest) {
      const group = groups.add(summaries.get(ids[name]) ?? null, ids[name], summaries);
      expect(group).toEqual(groups.group(ids[name]));
    }
    expect(groupsOf(groups, names)).toEqual(groupsOf(whole, names));
  }
});

test.each<[string, string[], string[], boolean]>([
  // groups made of, ids asked about, cover?
  ['the same reports in another order', ['a', 'b'], ['b', 'a'], true],
  ['one report more', ['a'], ['a', 'b'], false],
  ['one report fewer', ['a', 'b'], ['a'], false],
  ['other reports', ['a', 'b'], ['a', 'other'], false],
])('groups cover exactly their reports: %s', (_name, made, asked, cover) => {
  expect(DateGroups.of(made.map((n) => ids[n]), summaries).cover(asked.map((n) => ids[n]))).toBe(cover);
});
