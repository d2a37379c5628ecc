// The table of questions ask() understands. Each pattern is written on the folded question
// (lower case, no diacritics, punctuation → space), so "Thủ tướng giao Bộ Y tế những nhiệm vụ
// gì?" and "thu tuong giao bo y te nhung nhiem vu gi" read the same; a space in a pattern
// stands for any run of spaces. Names are captured from the question as written and resolved
// later by exact match only. Order matters: the first pattern that matches wins.
import { readDatePhrase } from './date-phrase';
import type { Captures, IntentPattern } from './intents';
import { ORDINAL_WORDS, readOrdinal } from './ordinals';

/** Builds an anchored regex from a pattern where ' ' means one or more spaces. */
const rx = (source: string) => new RegExp('^\\s*' + source.replace(/ /g, '\\s+') + '\\s*$', 'd');

const name = (c: Captures, key: string) => c[key]?.text ?? null;
const date = (c: Captures, key: string) => (c[key] ? readDatePhrase(c[key].folded) : null);

const ASSIGN_EN = '(?:assign|assigned|give|gave|given|ask|asked|task|tasked|tell|told|instruct|instructed|direct|directed)';
const TASKS_VI = '(?:nhung |cac )?(?:nhiem vu|viec|cong viec|chi dao)';

export const PATTERNS: readonly IntentPattern[] = [
  {
    id: 'en.path',
    example: 'how is Tô Lâm linked to Bộ Y tế',
    regex: rx('how (?:is|are) (?<a>.+?) (?:linked|connected|related) (?:to|with) (?<b>.+?)'),
    build: (c) => ({ intent: 'PATH', from: name(c, 'a')!, to: name(c, 'b')! }),
  },
  {
    id: 'en.path-and',
    example: 'how are Tô Lâm and the Ministry of Health connected',
    regex: rx('(?:how (?:are|is) (?<pair>.+?) (?:linked|connected|related)(?: to each other| together)?|what (?:links|connects) (?<pair2>.+?))'),
    build: (c) => pathFromPair((c.pair ?? c.pair2)!.text),
  },
  // Before vi.path: "A và B liên quan với nhau" would otherwise read as A và B → "nhau".
  {
    id: 'vi.path-and',
    example: 'Tô Lâm và Bộ Y tế liên quan với nhau như thế nào',
    regex: rx('(?<pair>.+?) (?:co )?(?:lien quan|lien he|ket noi)(?: (?:voi|den|toi) nhau)?(?: (?:nhu the nao|the nao|ra sao|gi))?'),
    build: (c) => pathFromPair(c.pair!.text),
  },
  {
    id: 'vi.path',
    example: 'Tô Lâm liên quan đến Bộ Y tế như thế nào',
    regex: rx('(?<a>.+?) (?:co )?(?:lien quan|lien he|ket noi)(?: gi)? (?:den|toi|voi) (?<b>.+?)(?: (?:nhu the nao|the nao|ra sao))?'),
    build: (c) => ({ intent: 'PATH', from: name(c, 'a')!, to: name(c, 'b')! }),
  },
  {
    id: 'en.who-chaired',
    example: 'who chaired the 10th session of the National Committee on Digital Transformation',
    regex: rx(`who (?:chaired|presided over|led|headed) (?:the )?(?:(?<ord>\\d{1,3}(?:st|nd|rd|th)?|${ORDINAL_WORDS}) )?(?:session|meeting) of (?<body>.+?)`),
    build: (c) => ({ intent: 'WHO_CHAIRED', ordinal: c.ord ? readOrdinal(c.ord.folded) : null, body: name(c, 'body')! }),
  },
  {
    id: 'vi.who-chaired',
    example: 'ai chủ trì phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số',
    regex: rx(`ai (?:da )?(?:chu tri|chu toa) (?:phien hop|cuoc hop|hoi nghi)(?: lan)?(?: thu (?<ord>\\d{1,3}|${ORDINAL_WORDS}))?(?: cua)? (?<body>.+?)`),
    build: (c) => ({ intent: 'WHO_CHAIRED', ordinal: c.ord ? readOrdinal(c.ord.folded) : null, body: name(c, 'body')! }),
  },
  {
    id: 'en.meetings-chaired',
    example: 'which meetings did Phạm Minh Chính chair',
    regex: rx('(?:which|what) (?:meetings|sessions) (?:did|has|have) (?<who>.+?) (?:chair|chaired|preside over|presided over)'),
    build: (c) => ({ intent: 'MEETINGS_CHAIRED', official: name(c, 'who')! }),
  },
  {
    id: 'vi.meetings-chaired',
    example: 'Phạm Minh Chính chủ trì những cuộc họp nào',
    regex: rx('(?<who>.+?) (?:da )?chu tri (?:nhung |cac )?(?:cuoc hop|phien hop|hoi nghi) (?:nao|gi)'),
    build: (c) => ({ intent: 'MEETINGS_CHAIRED', official: name(c, 'who')! }),
  },
  {
    id: 'en.overdue',
    example: 'which directives are overdue for the Ministry of Public Security',
    regex: rx('(?:which|what)(?: directives| tasks)?(?: are| is| s)? overdue(?: for (?<to>.+?))?(?: (?:as of|on) (?<date>.+?))?'),
    build: (c) => overdue(c),
  },
  {
    id: 'vi.overdue',
    example: 'Bộ Công an có những nhiệm vụ nào quá hạn',
    regex: rx(`(?:(?<to>.+?) co )?${TASKS_VI}(?: nao| gi)?(?: cua (?<to2>.+?))?(?: da| bi)? (?:qua han|tre han)(?: (?:tinh den|tinh toi|vao|tai) (?<date>.+?))?`),
    build: (c) => overdue({ ...c, to: c.to ?? c.to2 }),
  },
  {
    id: 'en.due-by',
    example: 'what is due by June 2025',
    regex: rx('(?:what|which)(?: directives| tasks)?(?: are| is| s)? (?:due|to be (?:done|completed|finished)) (?:by|before|until|no later than) (?<date>.+?)(?: for (?<to>.+?))?'),
    build: (c) => dueBy(c),
  },
  {
    id: 'vi.due-by',
    example: 'những nhiệm vụ nào đến hạn trước tháng 6/2025',
    regex: rx(`${TASKS_VI}(?: nao| gi)?(?: cua (?<to>.+?))? (?:phai )?(?:hoan thanh|xong|den han|co han|het han) (?:truoc|den|trong|vao)(?: ngay)? (?<date>.+?)`),
    build: (c) => dueBy(c),
  },
  {
    id: 'en.assigned-by-to',
    example: 'what did the PM assign the Ministry of Health',
    regex: rx(`what (?:did|has|have) (?<by>.+?) ${ASSIGN_EN}(?: to)? (?<to>.+?)(?: to do)?`),
    build: (c) => ({ intent: 'DIRECTIVES', by: name(c, 'by'), to: name(c, 'to') }),
  },
  {
    id: 'en.assigned-by',
    example: 'what did the Prime Minister assign',
    regex: rx(`what (?:did|has|have) (?<by>.+?) ${ASSIGN_EN}`),
    build: (c) => ({ intent: 'DIRECTIVES', by: name(c, 'by'), to: null }),
  },
  {
    id: 'en.assigned-to',
    example: 'what was the Ministry of Health assigned',
    regex: rx('what (?:was|is|were|are|has been|have been) (?<to>.+?) (?:assigned|asked to do|tasked with|told to do)(?: by (?<by>.+?))?'),
    build: (c) => ({ intent: 'DIRECTIVES', by: name(c, 'by'), to: name(c, 'to') }),
  },
  // Passive first: "X được (Y) giao …" would otherwise read as Y giving X to "những".
  {
    id: 'vi.assigned-to',
    example: 'Bộ Y tế được Thủ tướng giao những nhiệm vụ gì',
    regex: rx(`(?<to>.+?) duoc(?: (?<by>.+?))? giao ${TASKS_VI} (?:gi|nao)`),
    build: (c) => ({ intent: 'DIRECTIVES', by: name(c, 'by'), to: name(c, 'to') }),
  },
  {
    id: 'vi.assigned-by-to',
    example: 'Thủ tướng giao Bộ Y tế những nhiệm vụ gì',
    regex: rx(`(?<by>.+?) (?:da )?giao(?: cho)? (?<to>.+?) ${TASKS_VI} (?:gi|nao)`),
    build: (c) => ({ intent: 'DIRECTIVES', by: name(c, 'by'), to: name(c, 'to') }),
  },
  {
    id: 'vi.tasks-of',
    example: 'những nhiệm vụ giao cho Bộ Y tế',
    regex: rx(`${TASKS_VI} (?:nao |gi )?(?:duoc )?(?:giao cho|cua) (?<to>.+?)`),
    build: (c) => ({ intent: 'DIRECTIVES', by: null, to: name(c, 'to') }),
  },
];

/** "A and B" / "A và B" → every split at a conjunction, leftmost first; null when there is none. */
export function pathFromPair(pair: string) {
  const splits: [string, string][] = [];
  for (const m of pair.matchAll(/\s+(?:and|và|va)\s+/giu)) {
    const at = m.index ?? 0;
    const [a, b] = [pair.slice(0, at).trim(), pair.slice(at + m[0].length).trim()];
    if (a !== '' && b !== '') splits.push([a, b]);
  }
  if (splits.length === 0) return null;
  const [[from, to], ...alternatives] = splits;
  return { intent: 'PATH' as const, from, to, ...(alternatives.length > 0 ? { alternatives } : {}) };
}

function overdue(c: Captures) {
  const asOf = c.date ? date(c, 'date') : null;
  if (c.date && asOf === null) return null;
  return { intent: 'OVERDUE' as const, to: name(c, 'to'), asOf };
}

function dueBy(c: Captures) {
  const due = date(c, 'date');
  return due === null ? null : { intent: 'DUE_BY' as const, due, to: name(c, 'to') };
}
