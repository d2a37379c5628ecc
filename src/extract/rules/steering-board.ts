// A steering committee is named by what it steers: "Ban chỉ đạo diệt trừ cây Mai dương huyện",
// "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "Ban Chỉ đạo 389 thành phố". Its purpose may hold
// verbs ("diệt trừ", "phòng, chống") and capitals, so the name is read up to the level it belongs
// to, not up to the first verb; a place name after the level belongs to it too.
import type { Token } from '../document/tokens';
import { PhraseSet } from '../document/tokens';
import { INSTRUCTION_VERBS, TASK_OPENERS } from '../lexicon/instruction-cues';

const LEVEL_WORDS: readonly (readonly string[])[] = [['tỉnh'], ['huyện'], ['quận'], ['xã'], ['phường'], ['thành', 'phố'], ['thị', 'xã']];
// What ends a name before its level: an instruction verb or a modal is the predicate already.
// (Not every task verb: "phòng, chống", "diệt trừ" name a purpose.)
const PREDICATE = new PhraseSet([...INSTRUCTION_VERBS.phrases, 'cần', 'phải', 'khẩn trương', 'chủ trì', 'phối hợp', 'có trách nhiệm', 'chịu trách nhiệm', 'tiếp tục', 'chủ động', 'được', 'đã', 'sẽ']);
const TASK = new PhraseSet(TASK_OPENERS.phrases);
const MAX_PURPOSE_TOKENS = 14;
const MAX_PLACE_WORDS = 3;
const MAX_BARE_PURPOSE = 5;

function levelAt(tokens: readonly Token[], x: number): number {
  for (const words of LEVEL_WORDS) if (words.every((w, i) => tokens[x + i]?.l === w && !tokens[x + i].cap)) return x + words.length;
  return -1;
}

/** After "Ban Chỉ đạo" ending at `from`: the index after its purpose, level and place, else -1. */
export function steeringBoardEnd(tokens: readonly Token[], from: number): number {
  for (let x = from; x < from + MAX_PURPOSE_TOKENS && x < tokens.length; x++) {
    const t = tokens[x];
    // (A comma inside a purpose joins verbs, "phòng, chống"; before a capital it ends a list item.)
    if (!t.word && !(t.text === '-' || (t.text === ',' && tokens[x + 1]?.word && !tokens[x + 1].cap))) return -1;
    // ("Ban Chỉ đạo kỳ thi cần có phương án …": a short purpose with no level, then the predicate.)
    // (Not after a task verb: "các đồng chí Ban Chỉ đạo bám sát nhiệm vụ, … cần …" names the board alone.)
    if (PREDICATE.matchAt(tokens, x) > 0) {
      const bare = x > from && x - from <= MAX_BARE_PURPOSE && tokens.slice(from, x).every((w) => w.word) && (TASK.matchAt(tokens, from) < 0 || tokens[from].l === 'phòng');
      return bare ? x : -1;
    }
    const level = levelAt(tokens, x);
    // ("Ban chỉ đạo tỉnh": the level alone; the common reading names it.)
    if (level > 0 && x === from) return -1;
    if (level < 0) continue;
    let end = level;
    while (end < level + MAX_PLACE_WORDS && tokens[end]?.word && tokens[end].cap) end++;
    return end;
  }
  return -1;
}
