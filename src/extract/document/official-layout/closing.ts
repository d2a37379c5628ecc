// The closing of an official document: the recipients ("Nơi nhận:" and its dashed list, down
// to "Lưu: VT, …") and the signature block ("KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / Trần Hồng Hà").
// In the printed layout the two stand side by side, so a copied table interleaves their cells;
// each cell is classified on its own.
import { isRule, isUpperCase, type TextLine } from './lines';
import type { OfficialSigner, TextSpan } from './types';

export interface OfficialClosing {
  recipients: string[];
  recipientsSpan: TextSpan | null;
  signer: OfficialSigner | null;
  signatureSpan: TextSpan | null;
}

/** Lines searched from the end: a closing never runs longer than this. */
export const CLOSING_LINES = 60;
// Nơi nhận: | Noi nhận:} (OCR)
const RECIPIENTS_START = /^N[ơo]i\s*nh[ậa]n\s*[:}]*\s*(.*)$/iu;
const ENTRY = /^[-–•+]\s*(.+?)\s*[;.,]?$/u;
// KT. THỦ TƯỚNG | TL. BỘ TRƯỞNG | TM. ỦY BAN NHÂN DÂN | TUQ. | Q. (acting)
const AUTHORITY = /^(KT|TL|TM|TUQ|Q)\s*\.\s*(.+)$/u;
// a post that signs: THỦ TƯỚNG, PHÓ THỦ TƯỚNG, BỘ TRƯỞNG, CHỦ TỊCH, CHỦ NHIỆM, GIÁM ĐỐC, … TRƯỞNG
const POST = /^(?:PHÓ\s+)?(?:THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|CHỦ NHIỆM|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|\S+\s+TRƯỞNG|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG)(?:[\s,].*)?$/u;
const SIGNED_NOTE = /^\(?\s*(?:đã ký|Đã ký|ký|Signed)[^)]*\)?$/iu;
// Trần Hồng Hà | Nguyễn Cao Lục: 2–5 capitalised syllables
const NAME = /^(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*$/u;

function readRecipients(tail: readonly TextLine[]): { recipients: string[]; span: TextSpan | null } {
  const startAt = tail.findIndex((l) => RECIPIENTS_START.test(l.clean));
  if (startAt < 0) return { recipients: [], span: null };
  const recipients: string[] = [];
  const sameLine = RECIPIENTS_START.exec(tail[startAt].clean)![1];
  const first = ENTRY.exec(sameLine);
  if (first) recipients.push(first[1]);
  let end = tail[startAt].end;
  for (const line of tail.slice(startAt + 1)) {
    const entry = ENTRY.exec(line.clean);
    if (entry) {
      recipients.push(entry[1]);
      end = line.end;
      if (/^Lưu\s*[:.]/u.test(entry[1])) break;
    }
  }
  return { recipients, span: { start: tail[startAt].start, end } };
}

function readSigner(tail: readonly TextLine[]): { signer: OfficialSigner | null; span: TextSpan | null } {
  let at = tail.findIndex((l) => AUTHORITY.test(l.clean));
  let authority: string | null = null;
  let onBehalfOf: string | null = null;
  if (at >= 0) {
    const m = AUTHORITY.exec(tail[at].clean)!;
    authority = `${m[1]}.`;
    onBehalfOf = m[2];
  } else {
    at = tail.findIndex((l, i) => isUpperCase(l.clean) && POST.test(l.clean) && tail.slice(i + 1).some((n) => NAME.test(n.clean)));
    if (at < 0) return { signer: null, span: null };
  }
  let title: string | null = authority === null ? tail[at].clean : null;
  let name: string | null = null;
  let end = tail[at].end;
  for (const line of tail.slice(at + 1)) {
    const { clean } = line;
    if (clean.length === 0 || isRule(clean) || ENTRY.test(clean) || SIGNED_NOTE.test(clean) || RECIPIENTS_START.test(clean)) continue;
    if (title === null && isUpperCase(clean) && clean.length < 60) {
      title = clean;
      end = line.end;
    } else if (NAME.test(clean)) {
      name = clean;
      end = line.end;
      break;
    }
  }
  return { signer: { authority, onBehalfOf, title, name }, span: { start: tail[at].start, end } };
}

export function readOfficialClosing(lines: readonly TextLine[]): OfficialClosing {
  const tail = lines.slice(-CLOSING_LINES);
  const { recipients, span: recipientsSpan } = readRecipients(tail);
  const { signer, span: signatureSpan } = readSigner(tail);
  return { recipients, recipientsSpan, signer, signatureSpan };
}
