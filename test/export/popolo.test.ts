// The Popolo-style export over the five seeds, validated against the shape it promises, and
// checked against what the store holds and what the reports say.
import { toPopolo } from '../../src/export/popolo';
import { organizationInTitle, postId } from '../../src/export/popolo-people';
import type { PopoloExport } from '../../src/export/popolo-types';
import { readSnapshot, type GraphSnapshot } from '../../src/export/snapshot';
import type { AgencyNode } from '../../src/graph/model';
import { validatePopolo } from './popolo-shape';
import { openSeededStore, type SeededStore } from './seeded-store';
import { storeCounts, type StoreCounts } from './store-counts';

let seeded: SeededStore;
let popolo: PopoloExport;
let snapshot: GraphSnapshot;
let counts: StoreCounts;

beforeAll(async () => {
  seeded = await openSeededStore();
  // Through JSON, as a reader gets it.
  snapshot = await readSnapshot(seeded.store);
  popolo = JSON.parse(JSON.stringify(toPopolo(snapshot)));
  counts = await storeCounts(seeded.store);
});
afterAll(() => seeded.dispose());

describe('the validator', () => {
  test('finds nothing wrong with the export', () => {
    expect(validatePopolo(popolo)).toEqual([]);
  });

  test.each([
    ['a person without sources', (p: any) => (p.persons[0].sources = []), '$.persons[0].sources: expected at least one item'],
    ['a bad date', (p: any) => (p.events[0].start_date = '19/7/2024'), '$.events[0].start_date: expected YYYY-MM-DD or null'],
    ['an unknown assignee kind', (p: any) => (p.directives[0].assignees[0].kind = 'agency'), '$.directives[0].assignees[0].kind: expected one of organization, person'],
    ['a directive source without its sentence', (p: any) => delete p.directives[0].sources[0].sentence, '$.directives[0].sources[0].sentence: expected a non-empty string'],
    ['a membership of nobody', (p: any) => (p.memberships[0].person_id = 'off:nobody'), '$.memberships[0].person_id: off:nobody is not a record of the export'],
  ])('reports %s', (_name, breakIt, problem) => {
    const broken = JSON.parse(JSON.stringify(popolo));
    breakIt(broken);
    expect(validatePopolo(broken)).toContain(problem);
  });
});

test('one record per official, agency, meeting and directive in the store', () => {
  expect(popolo.persons).toHaveLength(counts.byLabel.Official);
  expect(popolo.organizations).toHaveLength(counts.byLabel.Agency);
  expect(popolo.events).toHaveLength(counts.byLabel.Meeting);
  expect(popolo.directives).toHaveLength(counts.byLabel.Directive);
  expect(popolo.meta.counts.directives).toBe(counts.byLabel.Directive);
});

test('the Ministry of Health has its abbreviations as identifiers and its English name', () => {
  const moh = popolo.organizations.find((o) => o.name === 'Bộ Y tế')!;
  expect(moh.identifiers).toEqual(expect.arrayContaining([{ scheme: 'abbreviation', identifier: 'BYT' }]));
  expect(moh.other_names).toContainEqual({ name: 'Ministry of Health', note: 'English name', lang: 'en' });
  expect(moh.sources.map((s) => s.sentence)).toContainEqual(expect.stringContaining('Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử'));
});

test('the 2025 merger: the labour ministry is succeeded by Home Affairs from 2025-03-01, with the gazetteer as source', () => {
  const molisa = popolo.organizations.find((o) => o.name === 'Bộ Lao động - Thương binh và Xã hội')!;
  const moha = popolo.organizations.find((o) => o.name === 'Bộ Nội vụ')!;
  expect(molisa.successor).toEqual({ organization_id: moha.id, effective: '2025-03-01' });
  expect(moha.predecessors).toContainEqual({ organization_id: molisa.id, effective: '2025-03-01' });
  expect(molisa.sources).toContainEqual(expect.objectContaining({ document_id: null, note: 'gazetteer' }));
});

test('every directive cites the sentence that contains it, in a report of the export', () => {
  const reports = new Set(popolo.events.flatMap((e) => e.sources.map((s) => s.document_id)));
  for (const directive of popolo.directives) {
    const [source] = directive.sources;
    expect(reports.has(source.document_id)).toBe(true);
    expect(source.sentence!.length).toBeGreaterThanOrEqual(directive.text.length);
    expect(source.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});

test("the 10th session of the National DX Committee: chaired by Phạm Minh Chính, directives in report order", () => {
  const event = popolo.events.find((e) => e.start_date === '2025-02-06')!;
  const pm = popolo.persons.find((p) => p.name === 'Phạm Minh Chính')!;
  expect(event.chairs).toContainEqual(expect.objectContaining({ person_id: pm.id, role: 'MAIN' }));
  const inReportOrder = snapshot.nodes
    .filter((n) => n.label === 'Directive' && n.meetingId === event.id)
    .sort((a, b) => (a.label === 'Directive' && b.label === 'Directive' ? a.ordinal - b.ordinal : 0))
    .map((n) => n.id);
  expect(event.directive_ids.length).toBeGreaterThan(3);
  expect(event.directive_ids).toEqual(inReportOrder);
  const texts = event.directive_ids.map((id) => popolo.directives.find((d) => d.id === id)!.text);
  expect(texts.some((t) => t.includes('Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử'))).toBe(true);
});

test('Phạm Minh Chính holds the post of Thủ tướng, observed at his meetings', () => {
  const pm = popolo.persons.find((p) => p.name === 'Phạm Minh Chính')!;
  const memberships = popolo.memberships.filter((m) => m.person_id === pm.id);
  const pmPost = memberships.find((m) => /^Thủ tướng/.test(m.role));
  expect(pmPost).toBeDefined();
  expect(pmPost!.observed_on).toContain('2025-02-06');
  expect(pmPost!.event_ids.length).toBe(pmPost!.observed_on.length);
});

describe('organizationInTitle', () => {
  const agencies = [
    { id: 'agy:bo-y-te', name: 'Bộ Y tế' },
    { id: 'agy:bo-cong-an', name: 'Bộ Công an' },
    { id: 'agy:uy-ban-quoc-gia-ve-chuyen-doi-so', name: 'Ủy ban Quốc gia về chuyển đổi số' },
  ] as AgencyNode[];
  test.each([
    ['Bộ trưởng Bộ Y tế', 'agy:bo-y-te'],
    ['Bộ trưởng Bộ Công an', 'agy:bo-cong-an'],
    ['Chủ tịch Ủy ban Quốc gia về chuyển đổi số', 'agy:uy-ban-quoc-gia-ve-chuyen-doi-so'],
    ['Thủ tướng Chính phủ', null],
    ['Bộ trưởng Bộ Công Thương', null],
    ['Thứ trưởng Bộ Y tế', 'agy:bo-y-te'],
  ])('%s → %s', (title, expected) => {
    expect(organizationInTitle(title, agencies)).toBe(expected);
  });

  test('post ids fold diacritics, so spellings of one title share a post', () => {
    expect(postId('Thủ tướng Chính phủ')).toBe('post:thu-tuong-chinh-phu');
    expect(postId('Thủ tướng  Chính phủ')).toBe(postId('thủ tướng chính phủ'));
  });
});

test('memberships name the organisation the post is at: Tô Lâm, "Bộ trưởng Công an" → Bộ Công an (hand-read reports)', async () => {
  const { openFixtureStore } = await import('../api/support/fixture-store');
  const fixture = await openFixtureStore();
  try {
    const fromFixtures = toPopolo(await readSnapshot(fixture.store));
    const toLam = fromFixtures.persons.find((p) => p.name === 'Tô Lâm')!;
    const post = fromFixtures.memberships.find((m) => m.person_id === toLam.id && m.role === 'Bộ trưởng Công an');
    expect(post).toMatchObject({ organization_id: 'agy:bo-cong-an', observed_on: ['2023-12-21'] });
    expect(validatePopolo(JSON.parse(JSON.stringify(fromFixtures)))).toEqual([]);
  } finally {
    await fixture.dispose();
  }
});
