// "1. Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan liên quan" over "a) Rà soát …", "b) …":
// a numbered line that only gives a lead and its partners heads the lettered tasks below it, as
// "1. Bộ Công Thương:" would; it states no task of its own.
import type { Token } from '../document/tokens';
import { envWith, readParties } from './read-parties';
import type { ClauseEnv } from './clause/clause-reading';
import { COORD } from './clause/phrase-sets';

export const ROLE_HEADING = {
  id: 'discourse.role-heading',
  reason: 'A list item that names a lead and its partners and no task ("Bộ X chủ trì, phối hợp với …") heads the items below it; they inherit its lead and partners.',
};

// What may follow the partners: "liên quan", and "thực hiện các nhiệm vụ sau" without its colon.
const TRAILING = new Set(['có', 'liên', 'quan', 'thực', 'hiện', 'triển', 'khai', 'các', 'những', 'một', 'số', 'nhiệm', 'vụ', 'sau', 'đây', 'cụ', 'thể']);

/** Do the tokens from the task's start to `b` only say "chủ trì[, phối hợp với <parties>]"? */
export function statesRolesOnly(env: ClauseEnv, taskStart: number, b: number): boolean {
  const { tokens } = env;
  let k = taskStart;
  if (tokens[k]?.l !== 'chủ' || tokens[k + 1]?.l !== 'trì') return false;
  k += 2;
  while (k < b && (tokens[k].text === ',' || tokens[k].l === 'và')) k++;
  const c = k < b ? COORD.matchAt(tokens, k, b) : -1;
  if (c > 0) {
    const partners = readParties(tokens, c, envWith(env, 'partners'));
    k = Math.max(c, partners.end);
  }
  return tokens.slice(k, b).every((t: Token) => !t.word || TRAILING.has(t.l));
}
