// The signer of an official document ("THỦ TƯỚNG\nPhạm Minh Chính", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n
// Nguyễn Văn A") is a named official of the report: the body's "Thủ tướng Chính phủ yêu cầu:" is
// that person, as a title elsewhere in the text would make it.
import type { OfficialLayout } from '../document/official-layout';
import type { Sentence } from '../document/segment';
import { fold } from '../../text/fold';
import { TITLE_HEADS } from '../lexicon/titles';
import type { OfficialOccurrence } from './officials';

export const SIGNER_RULE = 'official.signer';

/** The signer's post in the usual capitals: "PHÓ THỦ TƯỚNG" → "Phó Thủ tướng". */
function postOf(title: string): { text: string; head: (typeof TITLE_HEADS)[number] } | null {
  const folded = fold(title);
  const head = TITLE_HEADS.find((h) => folded === fold(h.head) || folded.startsWith(`${fold(h.head)} `));
  if (!head) {
    // "PHÓ TỔNG CỤC TRƯỞNG", "PHÓ VỤ TRƯỞNG": the deputy of any post the lexicon names.
    const deputy = /^\s*PHÓ\s+/u.exec(title);
    const post = deputy ? postOf(title.slice(deputy[0].length)) : null;
    return post ? { text: `Phó ${post.text}`, head: post.head } : null;
  }
  const rest = title.trim().slice(head.head.length).toLowerCase();
  return { text: `${head.head}${rest}`, head };
}

/** The signer as an occurrence of the sentence that holds the name, or null. */
export function signerOccurrence(layout: OfficialLayout | undefined, text: string, sentences: readonly Sentence[]): OfficialOccurrence | null {
  const signer = layout?.signer;
  const span = layout?.spans.signature;
  if (!signer?.name || !signer.title || !span) return null;
  const post = postOf(signer.title);
  const at = text.indexOf(signer.name, span.start);
  if (!post || at < 0 || at >= span.end) return null;
  const nameSpan = { start: at, end: at + signer.name.length };
  const sentence = sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
  return {
    name: signer.name, sentence, nameSpan, chain: nameSpan, titles: [post.text], heads: [post.head], honorific: null, ruleId: SIGNER_RULE,
  };
}
