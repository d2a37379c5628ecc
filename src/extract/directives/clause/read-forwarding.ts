// "Văn phòng Chính phủ chuyển Báo cáo số 386/2022 … đến Bộ Y tế để nghiên cứu xử lý": a letter that
// forwards a document to a body for it to handle hands that body the task; the body is its doer.
import { readParties } from '../read-parties';
import type { ClauseEnv, ClauseReading } from './clause-reading';
import { negativeIn } from './clause-predicates';
import { set } from './phrase-sets';

export const FORWARDED = 'cue.forwarded-for-handling';

const TO = set(['đến', 'tới', 'cho']);
const FOR_HANDLING = set(['để nghiên cứu', 'để xem xét', 'để xử lý', 'để giải quyết', 'để chỉ đạo', 'để kiểm tra', 'nghiên cứu', 'xem xét', 'xử lý', 'giải quyết']);
// How far after "chuyển" the body it goes to may come (the document's number and title between).
const REACH = 40;

/** Reads "… chuyển <document> đến <body> (để) nghiên cứu / xem xét / xử lý …" from k; true when read. */
export function readForwarding(env: ClauseEnv, out: ClauseReading, k: number, b: number): boolean {
  const { tokens } = env;
  for (let c = k; c < Math.min(b, k + REACH); c++) {
    if (tokens[c].l !== 'chuyển' || tokens[c + 1]?.l === 'đổi' || tokens[c + 1]?.l === 'giao') continue;
    // ("Công an đã chuyển hồ sơ đến Viện kiểm sát …": what was done, told.)
    if (tokens[c - 1]?.l === 'đã' || tokens[c - 1]?.l === 'đang') return false;
    for (let t = c + 2; t < Math.min(b, c + REACH); t++) {
      if (tokens[t].text === ';' || tokens[t].text === '.') return false;
      if (TO.matchAt(tokens, t, b) < 0) continue;
      const read = readParties(tokens, t + 1, env);
      if (!read.parties.length || FOR_HANDLING.matchAt(tokens, read.end, b) < 0) continue;
      out.shape = 'cue';
      out.assignees = read.parties;
      out.namesDoer = true;
      out.taskStart = read.end;
      out.ruleIds.push(FORWARDED);
      out.negative = negativeIn(tokens, read.end, b);
      return true;
    }
    return false;
  }
  return false;
}
