// What a question can be understood as: one structured query each.
import type { DatePhrase } from './date-phrase';

export type AskIntent =
  | { intent: 'DIRECTIVES'; by: string | null; to: string | null }
  | { intent: 'DUE_BY'; due: DatePhrase; to: string | null }
  | { intent: 'OVERDUE'; to: string | null; asOf: DatePhrase | null }
  | { intent: 'WHO_CHAIRED'; ordinal: number | null; body: string }
  | { intent: 'MEETINGS_CHAIRED'; official: string }
  | {
      intent: 'PATH';
      from: string;
      to: string;
      /** Other readings of "A and B" when a name itself holds "and"/"và" (tried in order). */
      alternatives?: [string, string][];
    };

export interface Matched {
  /** Id of the pattern that matched, e.g. "en.assigned-by-to". */
  pattern: string;
  intent: AskIntent;
}

/** Captured text of a question: as written (for names) and folded (for dates and numbers). */
export interface Capture {
  text: string;
  folded: string;
}

export type Captures = Partial<Record<string, Capture>>;

export interface IntentPattern {
  id: string;
  /** A question this pattern answers (shown to people whose question was not understood). */
  example: string;
  /** Matched against the folded question (lower case, no diacritics, punctuation as spaces). */
  regex: RegExp;
  /** The intent, or null when a captured part cannot be read (a date we do not know). */
  build(c: Captures): AskIntent | null;
}
