// What the instruction pass reads in one clause (ClauseReading) and what it reads it with (ClauseEnv).
import type { PartyRef, Span } from '../../types';
import type { Token } from '../../document/tokens';
import type { OfficialOccurrence } from '../../rules/officials';
import type { AgencyRow } from '../../lexicon/agency-row';
import type { PartyReadEnv } from '../read-parties';

export type ClauseShape = 'cue' | 'subject' | 'opener' | 'duty' | 'none';

export interface ClauseReading {
  shape: ClauseShape;
  /** Parties named as doers (after the cue, or as subject); [] when none is named. */
  assignees: PartyRef[];
  /** The clause named its doer (a party, or a generic doer such as "các đơn vị"). */
  namesDoer: boolean;
  topic: PartyRef[] | null;
  coordinators: PartyRef[];
  recipients: PartyRef[];
  /** Official reference before the cue ("Thủ tướng", "ông", a name), or null. */
  speakerPhrase: string | null;
  /** "Bộ" alone as the subject: the ministry named last stands for it. */
  anaphor?: 'ministry' | 'department' | 'previous';
  /** The instruction ends in ":" and its tasks follow. */
  opensList: boolean;
  /** An official's speech verb opens the clause ("Thủ tướng nhấn mạnh, …"): tasks may follow. */
  speech?: boolean;
  /** The task is to follow up on others ("theo dõi, đôn đốc"): the doers monitor too. */
  monitors?: boolean;
  /** Opened by a purpose or subject phrase ("Để …, Thủ tướng yêu cầu"): nothing is inherited. */
  newTopic?: boolean;
  /** The clause only introduces a list ("Thủ tướng yêu cầu:"): no task of its own. */
  listOnly?: boolean;
  /** "THỦ TƯỚNG CHÍNH PHỦ điện:": the items that follow are the dispatch's addressees. */
  addresseeList?: boolean;
  /** A bare "Chỉ đạo / Yêu cầu <party> …": the party is directed by the doer of the instruction. */
  directsOthers?: boolean;
  /** The cue is "yêu cầu". */
  asks?: boolean;
  /** Opened by its field ("Trong công tác truyền thông, …"): its doers are that field's, not the next sentence's. */
  fieldTopic?: boolean;
  /** The clause names its own coordination ("phối hợp với các cơ quan liên quan"), even with no party. */
  coordinates?: boolean;
  /** "Đề nghị UBND tỉnh chỉ đạo:": the list's items name bodies its doers direct. */
  directsList?: boolean;
  /** An adverbial set off by commas before the doers ("chỉ đạo, với mục tiêu … năm 2025, các bộ …"):
   * a date inside it belongs to the goal, not to the task. */
  aside?: Span;
  /** Opened by "Đồng thời", "Cùng với đó" … */
  connector: boolean;
  /** Why the clause is no task, when negative evidence fired. */
  negative: string | null;
  /** Token index where the task itself starts. */
  taskStart: number;
  ruleIds: string[];
}

export interface ClauseEnv extends PartyReadEnv {
  tokens: readonly Token[];
  text: string;
  occurrences: readonly OfficialOccurrence[];
  deadlineSpans: readonly Span[];
  province: AgencyRow | null;
}
