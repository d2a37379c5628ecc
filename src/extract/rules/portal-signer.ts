// Legal portals print a document's particulars as fields ("Số hiệu:124/NQ-CP", "Người ký:Nguyễn
// Xuân Phúc", "Ngày ban hành:06/10/2018"). The signer named there is an official of the report
// (FORMAT.md: every named official), with no post the field states.
import type { Sentence } from '../document/segment';
import { SURNAMES_LOWER } from '../lexicon/titles';
import type { OfficialOccurrence } from './officials';

export const PORTAL_SIGNER_RULE = 'official.portal-signer';

const FIELD = /(?:^|\n)[ \t]*Người ký[ \t]*:[ \t]*(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,3})[ \t]*(?=\r?\n|$)/u;

/** The signer a portal's "Người ký:" field names, as an occurrence, or null. */
export function portalSignerOccurrence(text: string, sentences: readonly Sentence[]): OfficialOccurrence | null {
  const m = FIELD.exec(text);
  if (!m || m.index === undefined) return null;
  const name = m[1];
  if (!SURNAMES_LOWER.has(name.split(/\s+/u)[0].toLowerCase())) return null;
  const start = m.index + m[0].lastIndexOf(name);
  const nameSpan = { start, end: start + name.length };
  const sentence = sentences.findIndex((s) => s.span.start <= start && start < s.span.end);
  return { name, sentence, nameSpan, chain: nameSpan, titles: [], heads: [], honorific: null, ruleId: PORTAL_SIGNER_RULE };
}
