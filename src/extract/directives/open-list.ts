// The state of a list of tasks that an instruction or a heading opened: who its items are given
// to, by marker level, and whether its items are tasks at all.
import type { ExtractContext } from '../context';
import type { PartyRef } from '../types';
import { firstWordOf, listMarkerOf, type ListMarker } from './clauses';
import { readParties } from './read-parties';

export interface OpenList {
  /** Doers named by the instruction that introduced the list ("yêu cầu các địa phương:"). */
  parties: PartyRef[];
  assigner: string | null;
  /** Doers named by item headings, by marker kind ("1. Bộ X:" → num). */
  headings: Map<ListMarker, PartyRef[]>;
  /** Partners named by item headings, by marker kind ("1. Bộ X chủ trì, phối hợp với Bộ Y" → num). */
  partners?: Map<ListMarker, PartyRef[]>;
  /** The items are no tasks: the addressees of a dispatch ("THỦ TƯỚNG CHÍNH PHỦ điện:") or the
   * standing duties of a body as a decision defines them ("Ban Chỉ đạo có nhiệm vụ, quyền hạn sau:"). */
  notTasks?: boolean;
  /** For a part that states no tasks ("VI. KINH PHÍ THỰC HIỆN"): its own marker; an item at that
   * level or above opens the next part. */
  partMarker?: ListMarker;
  /** For items that are no tasks, the marker of the first: an item at a level above it ends them. */
  itemMarker?: ListMarker;
  /** "Đề nghị UBND tỉnh chỉ đạo:": the items' own subjects are directed; the list's doers do. The
   * marker of the introduction (null without one): only items below it are directed. */
  directed?: { below: ListMarker | null };
  /** "Phó Thủ tướng X có ý kiến / kết luận như sau:": the items are the speaker's opinions, and
   * only those that read as tasks are directives (the first often sets out the context). */
  opinions?: boolean;
}

/** List markers from the outermost level in. */
export const MARKER_ORDER: readonly ListMarker[] = ['roman', 'num', 'letter', 'bullet', 'plus'];

/** Doers of a list item: the nearest heading above its own marker, else the list's. */
export function itemParties(list: OpenList, marker: ListMarker): PartyRef[] {
  return headingAbove(list, marker)?.parties ?? list.parties;
}

/** Partners of a list item: those of the nearest heading above its own marker. */
export function itemPartners(list: OpenList, marker: ListMarker): PartyRef[] {
  return headingAbove(list, marker)?.partners ?? [];
}

function headingAbove(list: OpenList, marker: ListMarker): { parties: PartyRef[]; partners: PartyRef[] } | null {
  const level = MARKER_ORDER.indexOf(marker);
  for (let i = level - 1; i >= 0; i--) {
    const h = list.headings.get(MARKER_ORDER[i]);
    if (h) return { parties: h, partners: list.partners?.get(MARKER_ORDER[i]) ?? [] };
  }
  return null;
}

export function clearBelow(list: OpenList, marker: ListMarker): void {
  const level = MARKER_ORDER.indexOf(marker);
  for (let i = level; i < MARKER_ORDER.length; i++) {
    list.headings.delete(MARKER_ORDER[i]);
    list.partners?.delete(MARKER_ORDER[i]);
  }
}

/** Does the sentence after `si` open an item below `marker`? */
export function nextItemBelow(ctx: ExtractContext, si: number, marker: ListMarker): boolean {
  const next = ctx.sentences[si + 1];
  const below = next ? listMarkerOf(next.text) : null;
  return !!next && next.indexInParagraph === 0 && !!below && MARKER_ORDER.indexOf(below) > MARKER_ORDER.indexOf(marker);
}

/** Does the sentence after `si` open an item below `marker` that names its doers first? */
export function nextItemNamesDoer(ctx: ExtractContext, si: number, marker: ListMarker, asOf?: string): boolean {
  if (!nextItemBelow(ctx, si, marker)) return false;
  const tokens = ctx.tokens[si + 1];
  return readParties(tokens, firstWordOf(tokens, 0, tokens.length), { asOf, province: ctx.province, occurrences: [] }).parties.length > 0;
}
