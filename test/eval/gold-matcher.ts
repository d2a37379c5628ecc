// The scorer's matching rules (../shared/eval/score.mjs, FORMAT.md), reimplemented for an
// in-process test: a prediction matches a gold directive when ≥ 60% of the gold evidence's words
// occur in the predicted text plus its source span (folded), best pairs first, each used once.
import { fold } from '../../src/text/fold';

export interface GoldDoc {
  doc: string;
  published: string | null;
  meeting: { date: string | null; title: string | null; chairs: string[] };
  officials: string[];
  directives: { evidence: string; assigner: string | null; assignees: string[]; coordinators: string[]; deadline: string | null }[];
}

export interface Predicted {
  meeting: { date: string | null; chairs: { name: string }[] };
  officials: { name: string }[];
  directives: { text: string; assignees: { name: string }[]; coordinators: { name: string }[]; deadline: { date: string } | null; source: { start: number; end: number } }[];
}

export interface Tally {
  gold: number; pred: number; matched: number; strict: number;
  offGold: number; offPred: number; offHit: number;
  dates: number; datesOk: number; chairs: number; chairsOk: number;
  misses: string[];
}

const tokens = (s: string) => new Set(fold(s).split(' ').filter(Boolean));
const nameSet = (xs: readonly (string | { name: string })[]) => new Set(xs.map((x) => fold(typeof x === 'string' ? x : x.name)).filter(Boolean));
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

function containment(gold: string, pred: string): number {
  const g = tokens(gold);
  const p = tokens(pred);
  let hit = 0;
  for (const t of g) if (p.has(t)) hit++;
  return g.size ? hit / g.size : 0;
}

function jaccard(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  let inter = 0;
  for (const t of x) if (y.has(t)) inter++;
  const uni = x.size + y.size - inter;
  return uni ? inter / uni : 0;
}

export function emptyTally(): Tally {
  return { gold: 0, pred: 0, matched: 0, strict: 0, offGold: 0, offPred: 0, offHit: 0, dates: 0, datesOk: 0, chairs: 0, chairsOk: 0, misses: [] };
}

/** Adds one document's comparison to the tally. `text` is the NFC document text. */
export function score(t: Tally, gold: GoldDoc, pred: Predicted, text: string): void {
  const pairs: { gi: number; pi: number; s: number }[] = [];
  gold.directives.forEach((g, gi) => pred.directives.forEach((p, pi) => {
    const c = containment(g.evidence, `${text.slice(p.source.start, p.source.end)} ${p.text}`);
    if (c >= 0.6) pairs.push({ gi, pi, s: c + 0.01 * jaccard(g.evidence, p.text) });
  }));
  pairs.sort((a, b) => b.s - a.s);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const { gi, pi } of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    const g = gold.directives[gi];
    const p = pred.directives[pi];
    t.matched++;
    const ok = sameSet(nameSet(g.assignees), nameSet(p.assignees))
      && sameSet(nameSet(g.coordinators), nameSet(p.coordinators))
      && (g.deadline ?? null) === (p.deadline?.date ?? null);
    if (ok) t.strict++;
    else t.misses.push(`${gold.doc}: WRONG ${g.evidence.slice(0, 80)}`);
  }
  gold.directives.forEach((g, gi) => { if (!gUsed.has(gi)) t.misses.push(`${gold.doc}: MISSED ${g.evidence.slice(0, 80)}`); });
  pred.directives.forEach((p, pi) => { if (!pUsed.has(pi)) t.misses.push(`${gold.doc}: EXTRA ${p.text.slice(0, 80)}`); });
  t.gold += gold.directives.length;
  t.pred += pred.directives.length;
  if (gold.meeting.date) { t.dates++; if (pred.meeting.date === gold.meeting.date) t.datesOk++; }
  if (gold.meeting.chairs.length) { t.chairs++; if (nameSet(pred.meeting.chairs).has(fold(gold.meeting.chairs[0]))) t.chairsOk++; }
  const go = nameSet(gold.officials);
  const po = nameSet(pred.officials);
  t.offGold += go.size;
  t.offPred += po.size;
  t.offHit += [...go].filter((x) => po.has(x)).length;
}

export function f1(hit: number, predicted: number, gold: number): number {
  const p = predicted ? hit / predicted : 0;
  const r = gold ? hit / gold : 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
