// Filtering and paging a page's directives: by state on the "as of" day, by who is in charge
// and in which role, ten at a time.
import { filterDirectives, NO_FILTERS, pageOf, partiesOf } from '../../explorer/src/directive-filters';
import type { DirectiveRow, Ref } from '../../explorer/src/queries';

const BYT: Ref = { __typename: 'Agency', id: 'agy:bo-y-te', name: 'Bộ Y tế' };
const BCA: Ref = { __typename: 'Agency', id: 'agy:bo-cong-an', name: 'Bộ Công an' };

function row(id: string, deadline: string | null, assignees: Ref[], coordinators: Ref[] = [], status: DirectiveRow['status'] = 'OPEN', overdue = false): DirectiveRow {
  return {
    id,
    text: `nhiệm vụ ${id}`,
    status,
    overdue,
    deadline: deadline === null ? null : { date: deadline, precision: 'DAY', phrase: null },
    assignees,
    coordinators,
    issuedBy: null,
    meeting: { id: 'mtg:1', title: null, date: '2025-02-06' },
    source: { sentence: '', start: 0, end: 0, document: { id: 'doc:1', title: null, published: null } },
  };
}

// On 2025-07-01: d1 is overdue, d2 is due within 30 days, d3 is open later, d4 has no deadline, d5 is done.
const ROWS = [
  row('d1', '2025-06-30', [BYT], [], 'OPEN', true),
  row('d2', '2025-07-20', [BCA], [BYT]),
  row('d3', '2025-09-30', [BYT]),
  row('d4', null, [BCA]),
  row('d5', '2025-03-01', [BYT], [BCA], 'DONE'),
];
const AS_OF = '2025-07-01';

describe('filterDirectives', () => {
  test.each([
    ['no filter', {}, ['d1', 'd2', 'd3', 'd4', 'd5']],
    ['overdue', { state: 'overdue' }, ['d1']],
    ['due within 30 days', { state: 'due-soon' }, ['d2']],
    ['no deadline', { state: 'no-deadline' }, ['d4']],
    ['done', { state: 'done' }, ['d5']],
    ['Bộ Y tế in any role', { party: BYT.id! }, ['d1', 'd2', 'd3', 'd5']],
    ['Bộ Y tế as lead', { party: BYT.id!, role: 'lead' }, ['d1', 'd3', 'd5']],
    ['Bộ Y tế as coordinator', { party: BYT.id!, role: 'coordinator' }, ['d2']],
    ['a role alone narrows nothing', { role: 'coordinator' }, ['d1', 'd2', 'd3', 'd4', 'd5']],
    ['Bộ Công an, overdue: none', { party: BCA.id!, state: 'overdue' }, []],
  ] as const)('%s', (_, filters, ids) => {
    expect(filterDirectives(ROWS, { ...NO_FILTERS, ...filters }, AS_OF).map((r) => r.id)).toEqual(ids);
  });
});

test('partiesOf lists who is in charge, most directives first, each directive counted once', () => {
  const both = row('d6', null, [BYT], [BYT]);
  expect(partiesOf([...ROWS, both])).toEqual([
    { id: BYT.id, name: 'Bộ Y tế', count: 5 },
    { id: BCA.id, name: 'Bộ Công an', count: 3 },
  ]);
});

describe('pageOf', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  test.each([
    [0, [0, 9], 3, 0],
    [2, [20, 22], 3, 20],
    [7, [20, 22], 3, 20],
    [-1, [0, 9], 3, 0],
  ])('page %i of 23 items → items %j of %i pages, offset %i', (page, [first, last], pages, offset) => {
    const p = pageOf(items, page);
    expect([p.items[0], p.items[p.items.length - 1], p.pages, p.offset]).toEqual([first, last, pages, offset]);
  });
  test('an empty list is one empty page', () => {
    expect(pageOf([], 3)).toEqual({ items: [], page: 0, pages: 1, offset: 0 });
  });
});
