// The explorer's pure parts: hash routes, deadline states, dates and the graph layout.
import { addDays, isIsoDate } from '../../explorer/src/dates';
import { radialLayout } from '../../explorer/src/graph-layout';
import type { EgoGraph } from '../../explorer/src/graph-types';
import { entityHref, graphHref, kindOfTypename, parseRoute, searchHref } from '../../explorer/src/routes';
import { deadlineState } from '../../explorer/src/status';

describe('parseRoute', () => {
  test.each([
    ['', { view: 'home', asOf: null }],
    ['#/', { view: 'home', asOf: null }],
    ['#/?asOf=2025-07-01', { view: 'home', asOf: '2025-07-01' }],
    ['#/search?q=bo%20y%20te', { view: 'search', q: 'bo y te' }],
    ['#/search?q=B%E1%BB%99%20Y%20t%E1%BA%BF', { view: 'search', q: 'Bộ Y tế' }],
    ['#/ask?q=who+chaired', { view: 'ask', q: 'who chaired' }],
    ['#/agency/agy%3Abo-y-te', { view: 'entity', kind: 'agency', id: 'agy:bo-y-te', asOf: null }],
    ['#/meeting/mtg%3A1234?asOf=2025-01-01', { view: 'entity', kind: 'meeting', id: 'mtg:1234', asOf: '2025-01-01' }],
    ['#/graph/official/off%3Apham-minh-chinh', { view: 'graph', kind: 'official', id: 'off:pham-minh-chinh' }],
    ['#/graph/deadline/ddl%3A1', { view: 'not-found', hash: '#/graph/deadline/ddl%3A1' }],
    ['#/document/doc%3A1', { view: 'not-found', hash: '#/document/doc%3A1' }],
    ['#main', { view: 'not-found', hash: '#main' }],
  ])('%s → %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  test('links the page builds parse back to the same entity', () => {
    for (const id of ['agy:bo-lao-dong-thuong-binh-va-xa-hoi', 'dir:ab/cd?e=f#g', 'off:tô-lâm']) {
      expect(parseRoute(entityHref('directive', id))).toEqual({ view: 'entity', kind: 'directive', id, asOf: null });
      expect(parseRoute(graphHref('agency', id))).toEqual({ view: 'graph', kind: 'agency', id });
    }
    expect(parseRoute(searchHref('Bộ Y tế & "MOH"'))).toEqual({ view: 'search', q: 'Bộ Y tế & "MOH"' });
  });

  test.each([
    ['Agency', 'agency'],
    ['Official', 'official'],
    ['Document', null],
    ['Deadline', null],
  ])('kindOfTypename(%s) → %s', (typename, kind) => {
    expect(kindOfTypename(typename)).toBe(kind);
  });
});

describe('deadlineState on 2025-07-01', () => {
  const row = (status: 'OPEN' | 'IN_PROGRESS' | 'DONE', overdue: boolean, date: string | null) => ({
    status,
    overdue,
    deadline: date === null ? null : { date, precision: 'DAY', phrase: null },
  });
  test.each([
    [row('OPEN', true, '2025-06-30'), 'overdue'],
    [row('DONE', false, '2025-06-30'), 'done'],
    [row('OPEN', false, '2025-07-01'), 'due-soon'],
    [row('OPEN', false, '2025-07-31'), 'due-soon'],
    [row('OPEN', false, '2025-08-01'), 'open'],
    [row('IN_PROGRESS', false, '2025-09-30'), 'in-progress'],
    [row('OPEN', false, null), 'no-deadline'],
  ])('%j → %s', (r, state) => {
    expect(deadlineState(r, '2025-07-01')).toBe(state);
  });
});

describe('dates', () => {
  test.each([
    ['2025-07-01', 30, '2025-07-31'],
    ['2025-02-27', 2, '2025-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-01-01', -1, '2024-12-31'],
  ])('%s + %d days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
  test.each([
    ['2025-06-30', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-6-30', false],
    ['30/06/2025', false],
    [null, false],
  ])('isIsoDate(%j) → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('radialLayout', () => {
  const graph: EgoGraph = {
    centre: 'agy:bo-y-te',
    nodes: [
      { id: 'agy:bo-y-te', kind: 'agency', label: 'Bộ Y tế', ring: 0 },
      { id: 'dir:1', kind: 'directive', label: 'bệnh án điện tử 6 tháng', ring: 1 },
      { id: 'dir:2', kind: 'directive', label: 'bệnh án điện tử tháng 9', ring: 1 },
      { id: 'mtg:1', kind: 'meeting', label: 'Phiên họp lần thứ 10', ring: 2 },
    ],
    edges: [
      { from: 'dir:1', to: 'agy:bo-y-te', type: 'ASSIGNED_TO' },
      { from: 'dir:2', to: 'agy:bo-y-te', type: 'ASSIGNED_TO' },
      { from: 'dir:1', to: 'mtg:1', type: 'PART_OF' },
      { from: 'dir:2', to: 'mtg:1', type: 'PART_OF' },
    ],
  };
  test('centre in the middle, neighbours on a circle, the outer ring twice as far', () => {
    const p = radialLayout(graph);
    expect(p.get('agy:bo-y-te')).toEqual({ x: 0, y: 0 });
    const r = (id: string) => Math.hypot(p.get(id)!.x, p.get(id)!.y);
    expect(r('dir:1')).toBeCloseTo(10);
    expect(r('dir:2')).toBeCloseTo(10);
    expect(r('mtg:1')).toBeCloseTo(20);
    // The two directives sit on opposite sides, so the meeting they share is not behind either.
    expect(p.get('dir:1')!.x).toBeCloseTo(-p.get('dir:2')!.x);
  });
  test('the same graph always gets the same positions', () => {
    expect([...radialLayout(graph)]).toEqual([...radialLayout({ ...graph, nodes: [...graph.nodes].reverse() })]);
  });
});
