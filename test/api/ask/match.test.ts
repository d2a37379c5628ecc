// The ask() intent table: each question form → the intent and the names as written. Questions
// outside the table are not matched at all (no guessing).
import { EXAMPLE_QUESTIONS, matchQuestion } from '../../../src/api/ask/match';
import { PATTERNS } from '../../../src/api/ask/patterns';

const JUNE_2025 = { date: '2025-06-30', precision: 'MONTH' };

describe('questions the table understands', () => {
  test.each([
    // The six questions.
    ['what did the PM assign the Ministry of Health', 'en.assigned-by-to', { intent: 'DIRECTIVES', by: 'the PM', to: 'the Ministry of Health' }],
    ['Thủ tướng giao Bộ Y tế những nhiệm vụ gì?', 'vi.assigned-by-to', { intent: 'DIRECTIVES', by: 'Thủ tướng', to: 'Bộ Y tế' }],
    ['what is due by June 2025', 'en.due-by', { intent: 'DUE_BY', due: JUNE_2025, to: null }],
    ['which directives are overdue for the Ministry of Public Security', 'en.overdue', { intent: 'OVERDUE', to: 'the Ministry of Public Security', asOf: null }],
    ['who chaired the 10th session of the National Committee on Digital Transformation', 'en.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 10, body: 'the National Committee on Digital Transformation' }],
    ['how is Tô Lâm linked to Bộ Y tế', 'en.path', { intent: 'PATH', from: 'Tô Lâm', to: 'Bộ Y tế' }],
    // Variants: no diacritics, other verbs, Vietnamese forms.
    ['thu tuong giao bo y te nhung nhiem vu gi', 'vi.assigned-by-to', { intent: 'DIRECTIVES', by: 'thu tuong', to: 'bo y te' }],
    ['Thủ tướng đã giao cho Bộ Công an những việc gì', 'vi.assigned-by-to', { intent: 'DIRECTIVES', by: 'Thủ tướng', to: 'Bộ Công an' }],
    ['What has the Prime Minister asked the Ministry of Home Affairs to do?', 'en.assigned-by-to', { intent: 'DIRECTIVES', by: 'the Prime Minister', to: 'the Ministry of Home Affairs' }],
    ['what did the Deputy PM assign', 'en.assigned-by', { intent: 'DIRECTIVES', by: 'the Deputy PM', to: null }],
    ['what was MOH assigned by the PM', 'en.assigned-to', { intent: 'DIRECTIVES', by: 'the PM', to: 'MOH' }],
    ['Bộ Y tế được Thủ tướng giao những nhiệm vụ gì', 'vi.assigned-to', { intent: 'DIRECTIVES', by: 'Thủ tướng', to: 'Bộ Y tế' }],
    ['Bộ Y tế được giao những nhiệm vụ nào', 'vi.assigned-to', { intent: 'DIRECTIVES', by: null, to: 'Bộ Y tế' }],
    ['những nhiệm vụ giao cho Bộ Tài chính', 'vi.tasks-of', { intent: 'DIRECTIVES', by: null, to: 'Bộ Tài chính' }],
    ["what's due before 30 June 2025 for MOH", 'en.due-by', { intent: 'DUE_BY', due: { date: '2025-06-30', precision: 'DAY' }, to: 'MOH' }],
    ['những nhiệm vụ nào đến hạn trước tháng 6/2025', 'vi.due-by', { intent: 'DUE_BY', due: JUNE_2025, to: null }],
    ['what is overdue for Bộ LĐTB&XH as of 1 March 2024', 'en.overdue', { intent: 'OVERDUE', to: 'Bộ LĐTB&XH', asOf: { date: '2024-03-01', precision: 'DAY' } }],
    ['Bộ Công an có những nhiệm vụ nào quá hạn', 'vi.overdue', { intent: 'OVERDUE', to: 'Bộ Công an', asOf: null }],
    ['những nhiệm vụ nào của Bộ Công an đã quá hạn', 'vi.overdue', { intent: 'OVERDUE', to: 'Bộ Công an', asOf: null }],
    ['Ai chủ trì phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số?', 'vi.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 10, body: 'Ủy ban Quốc gia về chuyển đổi số' }],
    ['who chaired the second meeting of the National Committee on Digital Transformation', 'en.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 2, body: 'the National Committee on Digital Transformation' }],
    ['ai chủ trì phiên họp thứ hai của Ủy ban Quốc gia về chuyển đổi số', 'vi.who-chaired', { intent: 'WHO_CHAIRED', ordinal: 2, body: 'Ủy ban Quốc gia về chuyển đổi số' }],
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
    const matched = matchQuestion(question);
    if (pattern === null) expect(matched).toBeNull();
    else expect(matched).toEqual({ pattern, intent });
  });
});

describe('questions it refuses rather than guesses', () => {
  test.each([
    'what is the weather in Hanoi',
    'tell me everything',
    'Bộ Y tế',
    'what is due by next week',
    'which directives are overdue for the Ministry of Health as of soon',
    'who won the election',
    '',
  ])('%j is not understood', (question) => {
    expect(matchQuestion(question)).toBeNull();
  });
});

test('every pattern answers its own example, and the examples are offered to people', () => {
  for (const pattern of PATTERNS) expect(matchQuestion(pattern.example)?.pattern).toBe(pattern.id);
  expect(EXAMPLE_QUESTIONS).toHaveLength(PATTERNS.length);
});
