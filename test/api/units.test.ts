// Pure parts of the API: posts named in filters, configuration from the environment, the
// responsibility counts, session matching for ask().
import { meetingMatches } from '../../src/api/ask/meeting-match';
import { apiConfigFromEnv, DEFAULT_API_CONFIG } from '../../src/api/config';
import { addDays, responsibilityRequests } from '../../src/api/responsibility-requests';
import { nameKey, postOf } from '../../src/api/resolve-names';
import { agencyNodeFromRow, buildGazetteer } from '../../src/graph/gazetteer';
import type { MeetingNode } from '../../src/graph/model';
import { fold } from '../../src/text/fold';

describe('posts in assignedBy', () => {
  test.each([
    ['PM', 'PRIME_MINISTER'],
    ['Prime Minister', 'PRIME_MINISTER'],
    ['the Prime Minister', 'PRIME_MINISTER'],
    ['Thủ tướng', 'PRIME_MINISTER'],
    ['Thủ tướng Chính phủ', 'PRIME_MINISTER'],
    ['thu tuong', 'PRIME_MINISTER'],
    ['Deputy PM', 'DEPUTY_PRIME_MINISTER'],
    ['Phó Thủ tướng', 'DEPUTY_PRIME_MINISTER'],
    ['Phó Thủ tướng Thường trực', 'PERMANENT_DEPUTY_PRIME_MINISTER'],
    ['Tổng Bí thư', 'GENERAL_SECRETARY'],
    ['Phạm Minh Chính', null],
    ['Bộ Y tế', null],
  ])('%s → %s', (name, role) => {
    expect(postOf(name)).toBe(role);
  });
  test('names compare folded, without a leading English article', () => {
    expect(nameKey('  The Ministry of Health ')).toBe('ministry of health');
    expect(nameKey('Bộ LĐTB&XH')).toBe('bo ldtb xh');
  });
});

describe('apiConfigFromEnv', () => {
  test('defaults: no token (curation disabled), page sizes 20/100, not production', () => {
    expect(apiConfigFromEnv({})).toEqual(DEFAULT_API_CONFIG);
    expect(DEFAULT_API_CONFIG).toMatchObject({ curationToken: null, defaultPageSize: 20, maxPageSize: 100, production: false });
  });
  test('reads the token, limits and NODE_ENV=production', () => {
    expect(
      apiConfigFromEnv({
        MINUTES_GRAPH_CURATION_TOKEN: ' s3cret ',
        MINUTES_GRAPH_MAX_PAGE_SIZE: '50',
        MINUTES_GRAPH_REQUEST_TIMEOUT_MS: '2000',
        MINUTES_GRAPH_GRAPHIQL: 'false',
        NODE_ENV: 'production',
      }),
    ).toEqual({ curationToken: 's3cret', maxPageSize: 50, defaultPageSize: 20, requestTimeoutMs: 2000, graphiql: false, production: true, introspection: true, corsOrigins: [] });
  });
  test('an empty token disables curation; a bad number is refused naming the variable', () => {
    expect(apiConfigFromEnv({ MINUTES_GRAPH_CURATION_TOKEN: '' }).curationToken).toBeNull();
    expect(() => apiConfigFromEnv({ MINUTES_GRAPH_MAX_PAGE_SIZE: 'lots' })).toThrow('MINUTES_GRAPH_MAX_PAGE_SIZE must be a positive integer, got "lots"');
  });
});

describe('responsibilityRequests: what the store is asked for one agency on one day', () => {
  const r = responsibilityRequests('agy:bo-y-te', [], '2025-07-01', '2025-12-31');
  const own = ['agy:bo-y-te'];
  test.each([
    ['LEAD total', r.roles.LEAD.total, { assignedTo: own, role: 'LEAD' }, 0],
    ['COORDINATOR total', r.roles.COORDINATOR.total, { assignedTo: own, role: 'COORDINATOR' }, 0],
    ['ANY overdue', r.roles.ANY.overdue, { assignedTo: own, role: 'ANY', overdueOn: '2025-07-01' }, 0],
    ['LEAD done', r.roles.LEAD.done, { assignedTo: own, role: 'LEAD', status: ['DONE'] }, 0],
    ['LEAD owed by dueBy', r.roles.LEAD.dueBy, { assignedTo: own, role: 'LEAD', status: ['OPEN', 'IN_PROGRESS'], dueBefore: '2025-12-31' }, 0],
    ['dueWithin30Days', r.dueWithin30Days, { assignedTo: own, role: 'LEAD', status: ['OPEN', 'IN_PROGRESS'], dueAfter: '2025-07-01', dueBefore: '2025-07-31' }, 0],
    [
      'nextDeadlines',
      r.nextDeadlines,
      { assignedTo: own, role: 'LEAD', status: ['OPEN', 'IN_PROGRESS'], dueAfter: '2025-07-01', orderBy: { field: 'DEADLINE', direction: 'ASC' } },
      5,
    ],
  ] as const)('%s', (_name, request, query, first) => {
    expect(request).toEqual({ query, page: { first } });
  });
  test('a successor counts over itself and the predecessors it carries, and asks for each predecessor apart', () => {
    const moha = responsibilityRequests('agy:bo-noi-vu', ['agy:molisa'], '2026-01-01', null);
    expect(moha.roles.LEAD.overdue.query).toEqual({ assignedTo: ['agy:bo-noi-vu', 'agy:molisa'], role: 'LEAD', overdueOn: '2026-01-01' });
    expect(moha.roles.LEAD.dueBy).toBeNull();
    expect(moha.inherited.map((i) => [i.agencyId, i.lead.overdue.query])).toEqual([['agy:molisa', { assignedTo: ['agy:molisa'], role: 'LEAD', overdueOn: '2026-01-01' }]]);
  });
  test('30 days after the last day of a month crosses into the next', () => {
    expect(addDays('2025-01-31', 30)).toBe('2025-03-02');
  });
});
describe('meetingMatches', () => {
  const gazetteer = buildGazetteer();
  const committee = agencyNodeFromRow(gazetteer.get(fold('Ủy ban Quốc gia về chuyển đổi số'))!);
  const meeting = (over: Partial<MeetingNode>): MeetingNode => ({
    label: 'Meeting', id: 'm', title: null, date: null, kind: null, ordinal: null, organiser: null, documentId: 'd', ...over,
  });
  test.each([
    [{ organiser: 'Ủy ban Quốc gia về chuyển đổi số', ordinal: 10 }, 10, true],
    [{ organiser: 'Ủy ban Quốc gia về chuyển đổi số', ordinal: 2 }, 10, false],
    [{ title: 'Phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số' }, 10, true],
    [{ title: 'Phiên họp lần thứ 100 của Ủy ban Quốc gia về chuyển đổi số' }, 10, false],
    [{ title: 'Phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số' }, 2, true],
    [{ title: 'Phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số' }, null, true],
    [{ title: 'Hội nghị Thường trực Chính phủ về chuyển đổi số' }, null, false],
  ])('%j, session %s → %s', (over, ordinal, expected) => {
    expect(meetingMatches(meeting(over), null, [committee], ordinal)).toBe(expected);
  });
});
