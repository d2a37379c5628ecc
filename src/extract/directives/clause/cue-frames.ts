// Frames around an instruction verb that say who instructs when no official stands right before
// it: a body's instruction told as news ("UBND tỉnh vừa yêu cầu …"), a framing phrase before the
// official ("Giao nhiệm vụ cho các bộ ngành, Thủ tướng yêu cầu …"), a body's comment on a draft.
import type { Token } from '../../document/tokens';
import type { ClauseEnv } from './clause-reading';
import { CUES, NOUNISH, set } from './phrase-sets';
import { bodyBefore, officialBefore } from './speaker-before';

/** "UBND tỉnh vừa yêu cầu …": a body's instruction as news. */
export const NEWS_OF_INSTRUCTION = 'cue.news-of-instruction';
const NEWS_ASPECT = new Set(['vừa', 'đã']);
export const DRAFT = set(['dự thảo', 'cơ quan soạn thảo', 'ban soạn thảo', 'cơ quan chủ trì soạn thảo', 'tổ biên tập']);
// ("đã giao", "đã chỉ đạo" recall an assignment made before; "đã yêu cầu / đề nghị" report the ask.)
const ASKS = new Set(['yêu', 'đề']);

/** "UBND tỉnh vừa yêu cầu …", "Sở X đã đề nghị …", "Chủ tịch UBND tỉnh vừa chỉ đạo …": the
 * subject opens its clause (not "các nội dung UBND tỉnh đã chỉ đạo", a relative clause) and is a
 * body, or an official for "vừa" only: an official's "đã giao" recalls an earlier instruction. */
export function newsOfInstruction(env: ClauseEnv, k: number, sc: number, aspect: string, official: boolean): boolean {
  const { tokens } = env;
  let from = k;
  for (let x = sc - 1; x > k; x--) if (tokens[x].text === ',') { from = x + 1; break; }
  while (from < sc && !tokens[from].word) from++;
  if (from >= sc) return false;
  if (official) return aspect === 'vừa';
  const to = tokens[sc].start;
  if (env.occurrences.some((o) => o.chain.end > tokens[from].start && o.chain.start < to)) return false;
  // (The body's name opens the clause: "các nội dung UBND tỉnh đã chỉ đạo" is what it directed.)
  if (!tokens[from].cap) return false;
  const body = bodyBefore(env, from, sc);
  return body !== null && (body.body || body.parties.length > 0);
}

const SPEAKER_CUE_REACH = 12;

/** A comma in [j, end] (the official may have been read as one more party) followed by an
 * official and an instruction verb. */
export function framesSpeaker(env: ClauseEnv, j: number, end: number, b: number): boolean {
  for (let x = j; x <= end && x < b; x++) if (env.tokens[x].text === ',' && speakerCueAfter(env, x + 1, b)) return true;
  return false;
}

/** An official, then an instruction verb, opening tokens [x, b). */
function speakerCueAfter(env: ClauseEnv, x: number, b: number): boolean {
  for (let c = x + 1; c < Math.min(b, x + SPEAKER_CUE_REACH); c++) {
    if (CUES.matchAt(env.tokens, c, b) > 0) return officialBefore(env, x, c) !== null;
  }
  return false;
}

/** "vừa" or "đã" right before the instruction verb at c that reports the news of an ask, else null. */
export function newsAspectAt(tokens: readonly Token[], k: number, c: number): string | null {
  return c - 1 > k && NEWS_ASPECT.has(tokens[c - 1].l) && NOUNISH.endingAt(tokens, Math.max(k, c - 4), c - 1) < 0
    && (tokens[c - 1].l === 'vừa' || ASKS.has(tokens[c].l)) ? tokens[c - 1].l : null;
}
