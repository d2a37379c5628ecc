// What a question can be understood as: one structured query each.
import type { AgencyNode } from '../../graph/model';
import type { DirectiveFilterInput } from '../directive-filter';
import type { DatePhrase } from './date-phrase';
import type { TaskIntentKind } from './grammar';

export type AskIntent =
  | {
      intent: TaskIntentKind;
      filter: DirectiveFilterInput;
      /** The assignee is an agency the gazetteer knows but no report names. */
      absent: AgencyNode | null;
    }
  | { intent: 'WHO_CHAIRED'; ordinal: number | null; body: string | null; date: DatePhrase | null }
  | { intent: 'MEETINGS_CHAIRED'; official: string }
  | {
      intent: 'PATH';
      from: string;
      to: string;
      /** Other readings of "A and B" when a name itself holds "and"/"và" (tried in order). */
      alternatives?: [string, string][];
    };

export interface Matched {
  /** Id of the pattern or grammar frame that read the question, e.g. "en.path" or "slots.tasks". */
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
