// Memos of the party readings of one sentence (read-parties.ts): the same sentence is read from
// the same position many times (every comma asks whether a doer ends there), so readings are kept
// per environment and token list, which are per sentence. Only the last few pairs are kept —
// calls come in runs on one sentence, and a pair that has left is read afresh, to the same
// result — where a weak map keyed by every sentence's environment cost more to fill (and to
// collect) than many of the readings it saved.
import type { Token } from '../document/tokens';
import type { PartyRead, PartyReadEnv } from './read-parties';

const RECENT = 8;
const recentEnvs: (PartyReadEnv | null)[] = new Array(RECENT).fill(null);
const recentTokens: (readonly Token[] | null)[] = new Array(RECENT).fill(null);
const recentReadings: Map<number, PartyRead>[] = Array.from({ length: RECENT }, () => new Map());
let nextSlot = 0;

/** The readings kept for this token list in this environment, by start index. */
export function readingsFor(tokens: readonly Token[], env: PartyReadEnv): Map<number, PartyRead> {
  for (let s = 0; s < RECENT; s++) if (recentEnvs[s] === env && recentTokens[s] === tokens) return recentReadings[s];
  const slot = nextSlot;
  nextSlot = (nextSlot + 1) % RECENT;
  recentEnvs[slot] = env;
  recentTokens[slot] = tokens;
  recentReadings[slot] = new Map();
  return recentReadings[slot];
}

type EnvFlag = 'bareProvince' | 'recipients' | 'partners';
type Variants = Partial<Record<EnvFlag, PartyReadEnv>>;
// One variant object per environment and flag, so that its readings are memoised too (a spread
// `{ ...env, bareProvince: true }` at each call was a new key, read afresh every time): for the
// last few environments, as the readings are.
const recentBases: (PartyReadEnv | null)[] = new Array(RECENT).fill(null);
const recentVariants: Variants[] = Array.from({ length: RECENT }, () => ({}));
let nextBase = 0;

function withFlag(env: PartyReadEnv, flag: EnvFlag): PartyReadEnv {
  if (flag === 'bareProvince') return { ...env, bareProvince: true };
  if (flag === 'recipients') return { ...env, recipients: true };
  return { ...env, partners: true };
}

/** `{ ...env, [flag]: true }`, the same object for the same env and flag. */
export function envWith<E extends PartyReadEnv>(env: E, flag: EnvFlag): E {
  let byFlag: Variants | null = null;
  for (let s = 0; s < RECENT; s++) if (recentBases[s] === env) { byFlag = recentVariants[s]; break; }
  if (!byFlag) {
    byFlag = {};
    recentBases[nextBase] = env;
    recentVariants[nextBase] = byFlag;
    nextBase = (nextBase + 1) % RECENT;
  }
  let variant = byFlag[flag];
  if (!variant) { variant = withFlag(env, flag); byFlag[flag] = variant; }
  return variant as E;
}
