// How questions are read, without a store: the fixed patterns (paths, chairs), and the slots
// a task question's words fall into (names as written; dates read; role and status).
import { ASK_FORMS, EXAMPLE_QUESTIONS } from '../../../src/api/ask/examples';
import { matchQuestion } from '../../../src/api/ask/match';
import { PATTERNS } from '../../../src/api/ask/patterns';
import { scanQuestion, spanText } from '../../../src/api/ask/question-scan';
import { fillSlots } from '../../../src/api/ask/slots';

describe('the fixed patterns: paths, who chaired, meetings chaired', () => {
  test.each([
    ['who chaired the 10th session of the National Committee on Digital Transformation', 'en.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 10, body: 'the National Committee on Digital Transformation', date: null }],
    ['how is Tô Lâm linked to Bộ Y tế', 'en.path', { intent: 'PATH', from: 'Tô Lâm', to: 'Bộ Y tế' }],
    ['Ai chủ trì phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số?', 'vi.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 10, body: 'Ủy ban Quốc gia về chuyển đổi số', date: null }],
    ['ai chủ trì hội nghị ngày 14/11/2024', 'vi.who-chaired', { intent: 'WHO_CHAIRED', ordinal: null, body: null, date: { date: '2024-11-14', precision: 'DAY' } }],
    ['who chaired the meeting on 14 November 2024', 'en.who-chaired', { intent: 'WHO_CHAIRED', ordinal: null, body: null, date: { date: '2024-11-14', precision: 'DAY' } }],
    ['who chaired the second meeting of the National Committee on Digital Transformation', 'en.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 2, body: 'the National Committee on Digital Transformation', date: null }],
    ['ai chủ trì phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số', 'vi.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 2, body: 'Ủy ban Quốc gia về chuyển đổi số', date: null }],
    ['which meetings did Phạm Minh Chính chair', 'en.meetings-chaired', { intent: 'MEETINGS_CHAIRED', official: 'Phạm Minh Chính' }],
    ['Phạm Minh Chính chủ trì những cuộc họp nào', 'vi.meetings-chaired', { intent: 'MEETINGS_CHAIRED', official: 'Phạm Minh Chính' }],
    ['Tô Lâm liên quan đến Bộ Y tế như thế nào?', 'vi.path', { intent: 'PATH', from: 'Tô Lâm', to: 'Bộ Y tế' }],
    ['how are Tô Lâm and Bộ Y tế connected', 'en.path-and', { intent: 'PATH', from: 'Tô Lâm', to: 'Bộ Y tế' }],
    // A name holding "and": every split is kept, tried in order until both names match.
    ['what links the Ministry of Industry and Trade and Tô Lâm', 'en.path-and', {
      intent: 'PATH', from: 'the Ministry of Industry', to: 'Trade and Tô Lâm', alternatives: [['the Ministry of Industry and Trade', 'Tô Lâm']],
    }],
    ['Tô Lâm và Bộ Y tế liên quan với nhau như thế nào', 'vi.path-and', { intent: 'PATH', from: 'Tô Lâm', to: 'Bộ Y tế' }],
  ])('%s', (question, pattern, intent) => {
    expect(matchQuestion(question)).toEqual({ pattern, intent });
  });

  test.each(['what did the PM assign the Ministry of Health', 'Thủ tướng giao Bộ Công an chủ trì những việc gì', 'Bộ LĐTB&XH được giao gì'])('%s is left to the slots', (q) => {
    expect(matchQuestion(q)).toBeNull();
  });
});

/** The slots of a question, names as written. */
function slotsOf(question: string) {
  const { text, items } = scanQuestion(question);
  const s = fillSlots(items);
  const words = (ws: Parameters<typeof spanText>[1] | null) => (ws === null ? null : spanText(text, ws));
  return {
    assigner: words(s.assigner),
    assignee: words(s.assignee),
    role: s.role,
    status: s.status,
    dates: Object.fromEntries((['dueBefore', 'dueIn', 'dueOn', 'asOf', 'meetingOn'] as const).filter((k) => s[k] !== null).map((k) => [k, s[k]!.date])),
    unplaced: s.unplaced.map(words),
  };
}

describe('slots of task questions', () => {
  const none = { assigner: null, assignee: null, role: null, status: null, dates: {}, unplaced: [] };
  test.each([
    ['what has MOLISA been assigned', { assignee: 'MOLISA' }],
    ['Phó Thủ tướng Nguyễn Hòa Bình giao những nhiệm vụ gì', { assigner: 'Phó Thủ tướng Nguyễn Hòa Bình' }],
    ['Thủ tướng giao Bộ Công an chủ trì những việc gì', { assigner: 'Thủ tướng', assignee: 'Bộ Công an', role: 'LEAD' }],
    ['which tasks did the PM give MOH', { assigner: 'PM', assignee: 'MOH' }],
    ['Bộ Y tế được Thủ tướng giao những nhiệm vụ gì', { assigner: 'Thủ tướng', assignee: 'Bộ Y tế' }],
    ['what was MOH assigned by the PM', { assigner: 'PM', assignee: 'MOH' }],
    ['what did Nguyễn Hòa Bình ask the localities to do', { assigner: 'Nguyễn Hòa Bình', assignee: 'localities' }],
    ['what did Tô Lâm assign', { assigner: 'Tô Lâm' }],
    ['which tasks does Bộ Công an coordinate', { assignee: 'Bộ Công an', role: 'COORDINATOR' }],
    ['what is overdue on 1 January 2026', { status: 'OVERDUE', dates: { asOf: '2026-01-01' } }],
    ['Bộ Công an có những nhiệm vụ nào quá hạn', { assignee: 'Bộ Công an', status: 'OVERDUE' }],
    ['những nhiệm vụ nào đến hạn trước tháng 6/2025', { dates: { dueBefore: '2025-06-30' } }],
    ['which open tasks are due in Q3 2025', { status: 'OPEN', dates: { dueIn: '2025-09-30' } }],
    ['what was assigned at the meeting on 14/11/2024', { dates: { meetingOn: '2024-11-14' } }],
    ['what did the PM assign in the weather', { assigner: 'PM', assignee: 'weather' }],
  ])('%s', (q, expected) => {
    expect(slotsOf(q)).toEqual({ ...none, ...expected });
  });
});

test('every form answers its own example, and the examples are offered to people', () => {
  for (const pattern of PATTERNS) expect(matchQuestion(pattern.example)?.pattern).toBe(pattern.id);
  for (const form of ASK_FORMS.filter((f) => f.id.startsWith('slots.'))) expect(matchQuestion(form.example)).toBeNull();
  expect(EXAMPLE_QUESTIONS).toHaveLength(ASK_FORMS.length);
});
