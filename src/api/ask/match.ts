// Question → intent by the fixed patterns (paths, who chaired, meetings chaired): the first
// pattern of the table that matches and can be read. Questions about tasks are read by slots
// (grammar.ts).
import { foldKeepingOffsets } from '../../text/fold';
import type { Captures, IntentPattern, Matched } from './intents';
import { PATTERNS } from './patterns';
import { cleanQuestion } from './question-scan';

export { cleanQuestion };

function captures(original: string, folded: string, match: RegExpExecArray): Captures {
  const out: Captures = {};
  for (const [key, range] of Object.entries(match.indices?.groups ?? {})) {
    if (range === undefined) continue;
    const text = original.slice(range[0], range[1]).trim();
    if (text !== '') out[key] = { text, folded: folded.slice(range[0], range[1]).trim() };
  }
  return out;
}

export function matchQuestion(question: string, patterns: readonly IntentPattern[] = PATTERNS): Matched | null {
  const original = cleanQuestion(question);
  // One folded char per original char, so capture offsets index both strings.
  const folded = foldKeepingOffsets(original);
  for (const pattern of patterns) {
    const match = pattern.regex.exec(folded);
    if (match === null) continue;
    const intent = pattern.build(captures(original, folded, match));
    if (intent !== null) return { pattern: pattern.id, intent };
  }
  return null;
}
