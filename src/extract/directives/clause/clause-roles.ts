// The roles a task gives besides its lead: partners after "phối hợp (với)" or "cùng với", the
// parties between a lead's "chủ trì," and "phối hợp", and recipients of reports ("báo cáo Bộ X").
import type { PartyRef } from '../../types';
import { envWith, readParties } from '../read-parties';
import type { ClauseEnv } from './clause-reading';
import { COORD, OPENERS, RECIPIENT } from './phrase-sets';

const MANNER = new Set(['có', 'tốt', 'mật', 'thiết', 'chặt', 'chẽ', 'hiệu', 'quả', 'thường', 'xuyên', 'đồng', 'bộ', 'nhịp', 'nhàng', 'tích', 'cực', 'kịp', 'thời', 'sát', 'sao', 'toàn', 'diện', 'hơn', 'nữa']);

/** The partners after "phối hợp": "phối hợp với Bộ X", or "phối hợp, hỗ trợ và hướng dẫn các Bộ,
 * ngành" where verbs joined to "phối hợp" share its object. */
function partnersAfter(clauseEnv: ClauseEnv, c: number, b: number): { parties: PartyRef[]; end: number } {
  const env = envWith(clauseEnv, 'partners');
  const { tokens } = env;
  // "phối hợp chặt chẽ, hiệu quả với các bộ, ngành": the manner before "với".
  let m = c;
  while (m < b && m < c + 8 && (MANNER.has(tokens[m].l) || tokens[m].text === ',' || tokens[m].l === 'và')) m++;
  if (m > c && tokens[m]?.l === 'với') c = m + 1;
  const read = readParties(tokens, c, env);
  if (read.parties.length || !(tokens[c]?.text === ',' || tokens[c]?.l === 'và')) return read;
  for (let j = c + 1; j < Math.min(b, c + 8); j++) {
    if (tokens[j].l !== 'và' && tokens[j].text !== ',') continue;
    const after = readParties(tokens, j + 1, env);
    if (after.parties.length) return after;
    const verb = OPENERS.matchAt(tokens, j + 1, b);
    if (verb < 0) break;
    const then = readParties(tokens, verb, env);
    if (then.parties.length) return then;
  }
  return read;
}

export function rolesIn(env: ClauseEnv, from: number, b: number, assignees: readonly PartyRef[]): { coordinators: PartyRef[]; recipients: PartyRef[]; coordinates: boolean } {
  const coordinators: PartyRef[] = [];
  const recipients: PartyRef[] = [];
  const { tokens } = env;
  let coordinates = false;
  for (let k = from; k < b; k++) {
    // "… lập đề án, gửi Bộ GT-VT để chủ trì, phối hợp với các bộ …": what follows is the task of
    // the one the work is sent to; its partners are not this doer's.
    if (tokens[k].l === 'để' && tokens[k + 1]?.l === 'chủ' && tokens[k + 2]?.l === 'trì' && tokens.slice(from, k).some((t) => t.l === 'gửi')) break;
    // "Sở Xây dựng chủ trì, Sở Tài chính, Sở Giao thông vận tải phối hợp kiểm tra …" (or "chủ trì;"):
    // the parties between the lead's "chủ trì" and "phối hợp" are its partners.
    if (tokens[k].l === 'chủ' && tokens[k + 1]?.l === 'trì' && (tokens[k + 2]?.text === ',' || tokens[k + 2]?.text === ';')) {
      const between = readParties(tokens, k + 3, env);
      const after = between.parties.length ? COORD.matchAt(tokens, between.end, b) : -1;
      if (after > 0 && tokens[between.end]?.l === 'phối') {
        for (const p of between.parties) if (!coordinators.some((x) => x.name === p.name) && !assignees.some((x) => x.name === p.name)) coordinators.push(p);
        k = after - 1;
        continue;
      }
    }
    const c = COORD.matchAt(tokens, k, b);
    if (c > 0) {
      // ("cùng với" names partners only when parties follow; "phối hợp" is a coordination anyway.)
      if (tokens[k].l === 'phối' || tokens[k].l === 'kết') coordinates = true;
      const read = partnersAfter(env, c, b);
      for (const p of read.parties) if (!coordinators.some((x) => x.name === p.name) && !assignees.some((x) => x.name === p.name)) coordinators.push(p);
      k = Math.max(k, read.end - 1);
      continue;
    }
    const r = RECIPIENT.matchAt(tokens, k, b);
    if (r > 0) {
      const read = readParties(tokens, r, envWith(env, 'recipients'));
      for (const p of read.parties) if (!recipients.some((x) => x.name === p.name)) recipients.push(p);
      k = Math.max(k, read.end - 1);
    }
  }
  return { coordinators, recipients, coordinates };
}
