// Do two reports describe the same meeting, and which of their directives are the same task?
// Pure and symmetric: match(a, b) gives the same score as match(b, a), so the result does not
// depend on which report was read first. A meeting match needs the same date and then enough
// evidence from the chairs, the organiser, the title's words and the shared directives (two
// reports naming different chairs count against); every signal is listed with its weight, so
// a researcher can see why two reports were joined, or not.
import type { DirectiveSummary, ReportSummary } from './report-summary';

export interface MatchSignal {
  signal: 'same-date' | 'same-chair' | 'other-chair' | 'same-organiser' | 'topic-words' | 'shared-directives' | 'no-shared-directives';
  weight: number;
  detail: string;
}

export interface MeetingMatch {
  same: boolean;
  score: number;
  signals: MatchSignal[];
  /** Pairs of directive ids (first report, second report) that are one task. */
  directivePairs: [string, string][];
}

/** A meeting match needs at least this score (the date alone gives none). */
export const MEETING_MATCH_THRESHOLD = 0.5;
/** Two task texts are the same task from this word overlap (Dice) on, with the same assignees and deadline. */
export const DIRECTIVE_TEXT_THRESHOLD = 0.5;

const WEIGHTS = { chair: 0.35, organiser: 0.15, topic: 0.2, directives: 0.5, noDirectives: 0.3 } as const;

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Same assignees, same deadline (or none in both), and similar words. */
export function sameDirective(a: DirectiveSummary, b: DirectiveSummary): boolean {
  return a.assignees.length > 0 && sameList(a.assignees, b.assignees) && a.deadline === b.deadline && dice(a.words, b.words) >= DIRECTIVE_TEXT_THRESHOLD;
}

/**
 * Directive pairs, each directive in at most one pair: the most similar pairs first, ties
 * broken by id, so the pairing is the same whichever report is `a`.
 */
export function pairDirectives(a: readonly DirectiveSummary[], b: readonly DirectiveSummary[]): [string, string][] {
  const candidates: { x: DirectiveSummary; y: DirectiveSummary; similarity: number }[] = [];
  for (const x of a) for (const y of b) if (sameDirective(x, y)) candidates.push({ x, y, similarity: dice(x.words, y.words) });
  candidates.sort((p, q) => q.similarity - p.similarity || [p.x.id, p.y.id].sort().join().localeCompare([q.x.id, q.y.id].sort().join()));
  const used = new Set<string>();
  const pairs: [string, string][] = [];
  for (const { x, y } of candidates) {
    if (used.has(x.id) || used.has(y.id)) continue;
    used.add(x.id);
    used.add(y.id);
    pairs.push([x.id, y.id]);
  }
  return pairs;
}

export function matchReports(a: ReportSummary, b: ReportSummary): MeetingMatch {
  if (a.date === null || b.date === null || a.date !== b.date) {
    return { same: false, score: 0, signals: [{ signal: 'same-date', weight: 0, detail: `dates differ or are unknown (${a.date ?? '?'} / ${b.date ?? '?'})` }], directivePairs: [] };
  }
  const signals: MatchSignal[] = [{ signal: 'same-date', weight: 0, detail: a.date }];
  const sharedChairs = a.chairs.filter((c) => b.chairs.includes(c));
  if (sharedChairs.length > 0) signals.push({ signal: 'same-chair', weight: WEIGHTS.chair, detail: sharedChairs.join(', ') });
  // Both name who chaired, and no one in common: evidence against, as strong as a shared chair is for.
  else if (a.chairs.length > 0 && b.chairs.length > 0) signals.push({ signal: 'other-chair', weight: -WEIGHTS.chair, detail: `${a.chairs.join(', ')} / ${b.chairs.join(', ')}` });
  if (a.organiser !== null && a.organiser === b.organiser) signals.push({ signal: 'same-organiser', weight: WEIGHTS.organiser, detail: a.organiser });
  const topic = dice(a.topicWords, b.topicWords);
  if (topic > 0) signals.push({ signal: 'topic-words', weight: round(WEIGHTS.topic * topic), detail: `title words overlap ${Math.round(topic * 100)}%` });
  const directivePairs = pairDirectives(a.directives, b.directives);
  const fewer = Math.min(a.directives.length, b.directives.length);
  if (directivePairs.length > 0 && fewer > 0) {
    const share = directivePairs.length / fewer;
    signals.push({ signal: 'shared-directives', weight: round(WEIGHTS.directives * share), detail: `${directivePairs.length} of ${fewer} directives are the same task` });
  } else if (fewer > 0) {
    // Both list tasks and none is the same: two meetings the same chair held that day (the
    // Prime Minister often chairs several), however alike their titles.
    signals.push({ signal: 'no-shared-directives', weight: -WEIGHTS.noDirectives, detail: `none of ${a.directives.length} / ${b.directives.length} directives is the same task` });
  }
  const score = round(signals.reduce((sum, s) => sum + s.weight, 0));
  return { same: score >= MEETING_MATCH_THRESHOLD, score, signals, directivePairs: score >= MEETING_MATCH_THRESHOLD ? directivePairs : [] };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
