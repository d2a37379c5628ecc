// A people's committee that directs a body it names hands that body the task ("UBND tỉnh chỉ đạo
// Sở Xây dựng chủ trì …", "đề nghị UBND tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh …", "Đề nghị UBND
// tỉnh: - Chỉ đạo Sở X: …"); over a group ("các sở, ngành") or its own units it keeps the task.
import type { PartyRef } from '../types';

export const COMMITTEE_HANDS_OVER = 'role.committee-hands-over';

/** A group label or a plural body ("Các sở, ngành …", "Ủy ban nhân dân các huyện …"). */
export const isGroupLike = (p: PartyRef): boolean => p.kind === 'group' || /^(?:Các |Ủy ban nhân dân các )/u.test(p.name);

/** The director is one people's committee or more, each of one unit, and the directed are named bodies. */
export function committeeHandsOver(director: readonly PartyRef[], directed: readonly PartyRef[]): boolean {
  return director.length > 0 && director.every((p) => /^Ủy ban nhân dân (?!các )/u.test(p.name))
    && directed.length > 0 && !directed.some(isGroupLike);
}
