// Topics: "Với Bộ X, …" / "Đối với các địa phương, …" name who does what follows; "Đối với
// công tác …, huyện cần …" names a matter, and the clause goes on after it.
import { envWith, readParties } from '../read-parties';
import type { ClauseEnv, ClauseReading } from './clause-reading';
import { clauseStart } from './clause-start';
import { speakerThenCue } from './speaker-before';
import { PhraseSet } from '../../document/tokens';
import { CUES, FOLLOW, GENERIC, MODALS, OBLIGATION, OPENERS, TOPICS } from './phrase-sets';
import { TOPIC_MARKERS } from '../../lexicon/instruction-cues';

/** The comma in (from, end) after which the parties read to `end` are followed by an instruction
 * verb ("…, UBND tỉnh yêu cầu", "…, Chủ tịch UBND tỉnh giao"): that comma's index, else -1. */
function speakerAfterTopic(env: ClauseEnv, from: number, end: number, b: number): number {
  const { tokens } = env;
  if (CUES.matchAt(tokens, end, b) < 0) return -1;
  for (let c = from + 1; c < end; c++) {
    if (tokens[c].text !== ',') continue;
    const rest = readParties(tokens, c + 1, env);
    if (rest.parties.length === 1 && rest.end === end) return c;
  }
  return -1;
}

// How far a doer's role, after "với vai trò", may run before the speaker's comma, and how many
// words its speaker may take before the verb.
const ROLE_REACH = 64;
const SPEAKER_WORDS = 8;

/** The comma in (from, from + ROLE_REACH) followed by an official or body and its instruction
 * verb, else -1. */
function speakerCommaAfter(env: ClauseEnv, from: number, b: number): number {
  const { tokens } = env;
  for (let c = from + 1; c < Math.min(b - 1, from + ROLE_REACH); c++) {
    if (tokens[c].text === ';' || tokens[c].text === ':') return -1;
    if (tokens[c].text !== ',') continue;
    // ("…, Thủ tướng yêu cầu …", "…, Chủ tịch UBND tỉnh giao …": a speaker in capitals, then its verb.)
    for (let v = c + 2; v < Math.min(b, c + SPEAKER_WORDS); v++) {
      if (!tokens[v].word) break;
      if (!tokens[v].cap && CUES.matchAt(tokens, v, b) > 0) return tokens[c + 1]?.cap ? c : -1;
    }
  }
  return -1;
}

/** Reads a topic or a subject matter opening at token k; returns where the clause goes on. */
export function readTopic(env: ClauseEnv, out: ClauseReading, k: number, b: number): number {
  const { tokens } = env;
  const { ruleIds } = out;
  const topicEnd = TOPICS.matchAt(tokens, k, b);
  if (topicEnd > 0) {
    let read = readParties(tokens, topicEnd, envWith(env, 'bareProvince'));
    // "Đối với Sở Xây dựng, UBND TP. Hải Phòng yêu cầu …": the list read on into the speaker; the
    // topic ends at the comma before the body or official whose instruction verb follows.
    const speaker = read.parties.length > 1 ? speakerAfterTopic(env, topicEnd, read.end, b) : -1;
    if (speaker > 0) read = readParties(tokens.slice(0, speaker), topicEnd, envWith(env, 'bareProvince'));
    // ("Về phía UBND tỉnh, thành phố trực thuộc Trung ương, …": what qualifies the doers goes with them.)
    let end = read.end;
    while (read.parties.length && FOLLOW.matchAt(tokens, end, b) > 0) end = FOLLOW.matchAt(tokens, end, b);
    // ("Riêng Hà Nội với vai trò, vị thế … là Thủ đô, …, Thủ tướng yêu cầu …": the doer's role,
    // said after it, up to the comma before the speaker.)
    if (read.parties.length && tokens[end]?.l === 'với' && (tokens[end + 1]?.l === 'vai' || tokens[end + 1]?.l === 'vị')) {
      const comma = speakerCommaAfter(env, end, b);
      if (comma > 0) end = comma;
    }
    if (read.parties.length && (tokens[end]?.text === ',' || tokens[end]?.text === ':')) {
      out.topic = read.parties;
      ruleIds.push(TOPIC_MARKERS.id);
      k = end + 1;
      const again = clauseStart(env, k, b);
      k = again.k;
    } else if (read.parties.length && MODALS.matchAt(tokens, read.end, b) > 0 && !tokens[read.end].cap) {
      // "Đối với UBND các huyện, thành, thị cần xây dựng kế hoạch …": no comma; the topic's doers
      // are the subject of the duty that follows them.
      out.topic = read.parties;
      ruleIds.push(TOPIC_MARKERS.id);
      k = topicEnd;
    } else if (!read.parties.length && /^(?:đối|riêng)$/u.test(tokens[k].l)) {
      // "Đối với công tác sắp xếp đơn vị hành chính, huyện cần …": a subject matter, not a doer;
      // the clause goes on after it.
      // "Đối với các huyện giải ngân thấp như Kông Chro, Ia Pa, Chủ tịch UBND huyện phải …": the
      // matter may list names; the comma after it is the one a doer or a task follows.
      let c = topicEnd;
      for (let guard = 0; guard < MATTER_ITEMS && c < b; guard++) {
        const from = c;
        while (c < Math.min(b, from + 14) && tokens[c].word) c++;
        // ("… ảnh hưởng đến sức khỏe người dân…, các lực lượng …": an ellipsis ends the item.)
        if (tokens[c]?.text === '…' && tokens[c + 1]?.text === ',') c++;
        if (tokens[c]?.text !== ',' || c + 1 >= b) break;
        // "Đối với đề nghị nâng cấp cảng hàng không, Thủ tướng giao Bộ X …": the speaker and the
        // instruction follow the matter.
        if (speakerThenCue(env, c + 1, b)) {
          k = c + 1;
          ruleIds.push('cue.subject-matter');
          // "Đối với cán bộ, công chức …, Thủ tướng yêu cầu … phải tuân thủ …": the people of the
          // matter are the doers, unnamed; the duty inherits no agency from the directive before.
          if (PEOPLE.matchAt(tokens, topicEnd, b) > 0) out.namesDoer = true;
          break;
        }
        // "Đối với một số vụ việc kéo dài, yêu cầu các ngành kiểm tra …": the instruction verb
        // after the matter, its speaker left unsaid.
        if (CUES.matchAt(tokens, c + 1, b) > 0) {
          k = c + 1;
          ruleIds.push('cue.subject-matter');
          break;
        }
        // (A capital there is a name of the list: "…, Cần Thơ, Bộ Giao thông vận tải phải …".)
        const verbNext = !tokens[c + 1].cap && (MODALS.matchAt(tokens, c + 1, b) > 0 || OPENERS.matchAt(tokens, c + 1, b) > 0);
        if (readParties(tokens, c + 1, env).parties.length || verbNext) {
          k = clauseStart(env, c + 1, b).k;
          ruleIds.push('cue.subject-matter');
          break;
        }
        // "…, các lực lượng chức năng cần xác lập chuyên án …": unnamed doers and their duty.
        const unnamed = GENERIC.matchAt(tokens, c + 1, b);
        if (unnamed > 0 && MODALS.matchAt(tokens, unnamed, b) > 0) {
          k = c + 1;
          out.namesDoer = true;
          ruleIds.push('cue.subject-matter');
          break;
        }
        c++;
      }
      // "Riêng đối với cán bộ, công chức, viên chức … phải gương mẫu chấp hành": unnamed doers,
      // then their duty, with no comma before it.
      if (!ruleIds.includes('cue.subject-matter')) {
        const duty = dutyAfterMatter(tokens, topicEnd, b);
        // (Unnamed doers — people, units — are its doers: the duty inherits no one's.)
        if (duty > 0) {
          k = duty;
          if (GENERIC.matchAt(tokens, topicEnd, b) > 0 || PEOPLE.matchAt(tokens, topicEnd, b) > 0) out.namesDoer = true;
          ruleIds.push('cue.subject-matter');
        }
      }
    }
  }
  return k;
}

// People named by what they are, not by a body: "cán bộ, công chức", "người lao động".
// (GENERIC, asked beside it, already holds "người dân", "nhân dân", "người đứng đầu".)
const PEOPLE = new PhraseSet(['cán bộ', 'công chức', 'viên chức', 'người lao động', 'đảng viên', 'học sinh', 'các hộ', 'hộ dân']);
// How many comma-separated items the matter of "Đối với …" may list before its doer.
const MATTER_ITEMS = 12;
// How far after "Đối với" the duty of unnamed doers may come.
const MATTER_DUTY_REACH = 32;

/** The "phải / cần" after the matter of "(Riêng) đối với …", before any instruction verb. */
function dutyAfterMatter(tokens: ClauseEnv['tokens'], from: number, b: number): number {
  for (let x = from + 1; x < Math.min(b, from + MATTER_DUTY_REACH); x++) {
    // (Past a comma and a name the matter lists names, and its doer is named: not this case.)
    if (CUES.matchAt(tokens, x, b) > 0 || tokens[x].text === ';' || tokens[x].text === ':' || (tokens[x].text === ',' && tokens[x + 1]?.cap)) return -1;
    if (OBLIGATION.matchAt(tokens, x, b) > 0 && tokens[x - 1]?.l !== 'không') return x;
  }
  return -1;
}
