// The fixed question forms ask() understands besides questions about tasks (those are read by
// slots, grammar.ts): paths, who chaired, meetings chaired. Each pattern is written on the folded question
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

/** Who chaired: a meeting named by its body (and session), or by its day ("hội nghị ngày 14/11/2024"). */
function whoChaired(c: Captures) {
  const ordinal = c.ord ? readOrdinal(c.ord.folded) : null;
  const body = c.body!;
  const date = readDatePhrase(body.folded.replace(/^(?:held )?(?:on |ngay )/, ''));
  if (date !== null) return date.precision === 'DAY' && ordinal === null ? { intent: 'WHO_CHAIRED' as const, ordinal: null, body: null, date } : null;
  return { intent: 'WHO_CHAIRED' as const, ordinal, body: body.text, date: null };
}

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
    regex: rx(`who (?:chaired|presided over|led|headed) (?:the )?(?:(?<ord>\\d{1,3}(?:st|nd|rd|th)?|${ORDINAL_WORDS}) )?(?:session|meeting|conference) (?:of|on|held on) (?<body>.+?)`),
    build: whoChaired,
  },
  {
    id: 'vi.who-chaired',
    example: 'ai chủ trì phiên họp lần thứ 10 của Ủy ban Quốc gia về chuyển đổi số',
    regex: rx(`ai (?:da )?(?:chu tri|chu toa) (?:phien hop|cuoc hop|hoi nghi)(?: lan)?(?: thu (?<ord>\\d{1,3}|${ORDINAL_WORDS}))?(?: cua)? (?<body>.+?)`),
    build: whoChaired,
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
