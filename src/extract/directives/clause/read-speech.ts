// An official's speech ("Thủ tướng nhấn mạnh, …", "ông nêu rõ …"): what follows in the sentence
// is read for tasks, and the official is their assigner.
import type { Token } from '../../document/tokens';
import type { ClauseEnv, ClauseReading } from './clause-reading';
import { endsWithColon, NOMINAL_TASK, nominalTask, opensNewTopic, phraseStartsIn } from './clause-predicates';
import { officialBefore } from './speaker-before';
import { SPEECH } from './phrase-sets';

// How long "về <matter> như sau" before the colon of a speech may be.
const LABEL_REACH = 16;

/** "kết luận như sau: Tăng cường …", "kết luận, về thu ngân sách: Tăng cường …": past the label
 * and its colon to the first task, else j. */
function afterSpeechLabel(tokens: readonly Token[], j: number, b: number): number {
  const about = tokens[j]?.l === 'về';
  const asFollows = tokens[j]?.l === 'như' && tokens[j + 1]?.l === 'sau';
  for (let x = j + 1; x < Math.min(b - 1, j + LABEL_REACH); x++) {
    if (tokens[x].text === ';' || tokens[x].text === '.') return j;
    // ("kết luận nội dung phiên họp như: Đề nghị …": what it concludes on, then "như" or "như sau".)
    if (tokens[x].text === ':') return about || asFollows || tokens[x - 1].l === 'như' || (tokens[x - 1].l === 'sau' && tokens[x - 2]?.l === 'như') ? x + 1 : j;
  }
  return j;
}

/** Reads a speech verb after an official in tokens [k, b): where the tasks start, or -1 when the
 * clause's reading is complete. */
export function readSpeech(env: ClauseEnv, out: ClauseReading, k: number, b: number): number {
  const { tokens } = env;
  const { ruleIds } = out;
  // (A heading ending in ":" may name its speaker after long grounds: "Xét đề nghị của Bộ X (Công
  // văn số …), ý kiến của …, Phó Thủ tướng Y có ý kiến như sau:".)
  const reach = endsWithColon(tokens, b) ? b : Math.min(b, k + 24);
  for (let c = k; c < reach; c++) {
    const e = SPEECH.matchAt(tokens, c, b);
    if (e < 0 || c === k) continue;
    const phrase = officialBefore(env, k, c);
    if (!phrase) continue;
    // "Thủ tướng khẳng định cả nước đã …": a report of what was done opens no tasks; nor does
    // "nhấn mạnh nhiệm vụ … rất nặng nề, với mục tiêu A; B; C": a list of goals.
    // (After a duty, "đã" tells of the thing the duty is about: "kết luận phải bố trí vốn theo đúng
    // kế hoạch đã cam kết …" is still the duty.)
    const told = tokens.findIndex((t, x) => x >= e && x < b && t.l === 'đã');
    const dutyFirst = told > 0 && tokens.slice(e, told).some((t) => t.l === 'phải' || t.l === 'cần');
    if ((told > 0 && !dutyFirst) || phraseStartsIn(tokens, e, b, ['mục', 'tiêu'])) { out.speakerPhrase = phrase; return -1; }
    // "“…”, Thủ tướng nhấn mạnh.": the speech verb closes a quotation; it names the speaker only.
    if (tokens.slice(e, b).filter((t) => t.word).length < 3) {
      out.speakerPhrase = phrase;
      // "Phó Thủ tướng X có ý kiến như sau:": the speaker of the list of tasks that follows.
      if (endsWithColon(tokens, b)) { out.speech = true; out.opensList = true; out.listOnly = true; ruleIds.push('cue.speech-list'); return -1; }
      break;
    }
    out.speech = true;
    out.speakerPhrase = phrase;
    ruleIds.push('cue.speech');
    // "Về bài học kinh nghiệm, Thủ tướng nhấn mạnh …", "Để …, Thủ tướng lưu ý …": a new topic.
    if (opensNewTopic(tokens, k, c)) { out.newTopic = true; ruleIds.push('discourse.new-topic'); }
    let j = e;
    while (j < b && (!tokens[j].word || tokens[j].l === 'rằng' || tokens[j].l === 'là')) j++;
    // "nhấn mạnh việc cương quyết thay cán bộ …": the task named as a noun.
    if (nominalTask(tokens, j, b)) { out.shape = 'opener'; out.taskStart = j + 1; ruleIds.push(NOMINAL_TASK); return -1; }
    k = afterSpeechLabel(tokens, j, b);
    break;
  }
  return k;
}
