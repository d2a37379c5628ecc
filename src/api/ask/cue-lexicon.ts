// The words of a question that are not names: each folded phrase with the part it plays.
// Data only, matched longest first on the folded question (lower case, no diacritics), so
// "has been assigned" wins over "has". Everything else in a question is a name to resolve —
// or, when it cannot be placed, quoted back in the refusal.

export type CueKind =
  /** Question and filler words: placed, carry nothing ("what", "những", "gì", "list"). */
  | 'FILLER'
  /** Nouns for tasks ("tasks", "nhiệm vụ"); the question is about directives. */
  | 'TASKS'
  /** "tasks of", "nhiệm vụ của", "giao cho", "for": the assignee follows. */
  | 'ASSIGNEE_NEXT'
  /** Auxiliaries of the active voice ("did", "has", "đã"). */
  | 'AUX'
  /** Auxiliaries of the passive voice ("was", "been", "được"): the assignee is the subject. */
  | 'PASSIVE'
  /** Verbs of giving a task ("assign", "give", "ask", "giao", "yêu cầu"). */
  | 'ASSIGN'
  /** "by", "bởi": the assigner follows. */
  | 'BY'
  /** Role words: the assignee leads ("chủ trì", "lead") or coordinates ("phối hợp"). */
  | 'ROLE_LEAD'
  | 'ROLE_COORDINATOR'
  /** Status words. */
  | 'OVERDUE'
  | 'OPEN'
  | 'DONE'
  /** A deadline follows: by/before ("due by", "trước"), in a period ("due in", "trong"), on a day. */
  | 'DUE_BY'
  | 'DUE_IN'
  | 'DUE'
  /** "as of", "on", "tính đến": the day judged on follows. */
  | 'AS_OF'
  /** Meeting nouns ("meeting", "hội nghị"); a date after them is the meeting's. */
  | 'MEETING'
  /** "to do", "làm": the end of "ask X to do". */
  | 'TAIL';

export interface Cue {
  kind: CueKind;
  /** Folded phrases. */
  phrases: string[];
}

export const CUES: readonly Cue[] = [
  { kind: 'FILLER', phrases: ['what', 'which', 'list', 'list all', 'show', 'show me', 'tell me', 'all', 'the', 'any', 'there', 'nhung', 'cac', 'gi', 'nao', 'nhung gi', 'cho biet', 'liet ke', 'danh sach', 'hay', 'co', 'nhu the nao', 'ra sao', 'ca', 'tat ca'] },
  {
    kind: 'TASKS',
    phrases: ['tasks', 'task', 'directives', 'directive', 'duties', 'assignments', 'nhiem vu', 'viec', 'cong viec', 'nhung chi dao', 'cac chi dao', 'chi dao nao',
      'tasks of', 'directives of', 'duties of', 'assignments of', 'tasks for', 'directives for', 'nhiem vu cua', 'viec cua', 'cong viec cua'],
  },
  {
    kind: 'ASSIGNEE_NEXT',
    phrases: ['tasks of', 'directives of', 'duties of', 'assignments of', 'tasks for', 'directives for', 'nhiem vu cua', 'viec cua', 'cong viec cua', 'for', 'of', 'cua', 'cho', 'giao cho', 'assigned to', 'given to', 'to'],
  },
  { kind: 'AUX', phrases: ['did', 'does', 'do', 'has', 'have', 'had', 'da', 'se', 'dang'] },
  { kind: 'PASSIVE', phrases: ['was', 'were', 'is', 'are', 'been', 'has been', 'have been', 'had been', 'being', 's', 'duoc', 'bi', 'da duoc'] },
  { kind: 'ASSIGN', phrases: ['giao cho', 'assigned to', 'given to', 'assign', 'assigned', 'give', 'gave', 'given', 'ask', 'asked', 'task', 'tasked', 'tasked with', 'tell', 'told', 'instruct', 'instructed', 'direct', 'directed', 'order', 'ordered', 'request', 'requested', 'giao', 'yeu cau', 'chi dao', 'de nghi'] },
  { kind: 'BY', phrases: ['by', 'boi', 'tu'] },
  { kind: 'ROLE_LEAD', phrases: ['chu tri', 'lead', 'to lead', 'as lead', 'as the lead', 'leads', 'led'] },
  { kind: 'ROLE_COORDINATOR', phrases: ['phoi hop', 'to coordinate', 'coordinate', 'coordinates', 'coordinated', 'as coordinator', 'as a coordinator', 'coordinating'] },
  { kind: 'OVERDUE', phrases: ['overdue', 'late', 'past due', 'past their deadline', 'qua han', 'tre han', 'cham tien do', 'bi cham'] },
  { kind: 'OPEN', phrases: ['open', 'not done', 'unfinished', 'outstanding', 'pending', 'chua hoan thanh', 'chua xong', 'con ton dong'] },
  { kind: 'DONE', phrases: ['done', 'completed', 'finished', 'da hoan thanh', 'da xong'] },
  {
    kind: 'DUE_BY',
    phrases: ['due by', 'due before', 'due no later than', 'due until', 'by', 'before', 'until', 'no later than', 'to be done by', 'to be completed by', 'to be finished by',
      'truoc', 'truoc ngay', 'den han truoc', 'han truoc', 'phai hoan thanh truoc', 'hoan thanh truoc', 'xong truoc', 'het han truoc', 'co han truoc', 'den', 'den ngay', 'cham nhat'],
  },
  { kind: 'DUE_IN', phrases: ['due in', 'due during', 'due within', 'in', 'during', 'within', 'trong', 'den han trong', 'han trong', 'phai hoan thanh trong', 'hoan thanh trong', 'co han trong', 'den han vao', 'han vao'] },
  { kind: 'DUE', phrases: ['due', 'due on', 'deadline', 'den han', 'co han', 'han', 'het han', 'phai hoan thanh', 'hoan thanh'] },
  { kind: 'AS_OF', phrases: ['as of', 'on', 'at', 'tinh den', 'tinh toi', 'vao', 'tai', 'vao ngay', 'ngay', 'today', 'hom nay', 'now', 'hien nay'] },
  { kind: 'MEETING', phrases: ['meeting', 'the meeting', 'session', 'conference', 'hoi nghi', 'phien hop', 'cuoc hop', 'buoi lam viec', 'ky hop'] },
  { kind: 'TAIL', phrases: ['to do', 'lam', 'lam gi', 'to carry out', 'thuc hien'] },
];

/** Folded phrase → kinds it can play (a phrase like "by" plays two), longest phrases first. */
export const CUE_PHRASES: ReadonlyMap<string, CueKind[]> = (() => {
  const map = new Map<string, CueKind[]>();
  for (const cue of CUES) for (const phrase of cue.phrases) map.set(phrase, [...(map.get(phrase) ?? []), cue.kind]);
  return map;
})();

export const LONGEST_CUE = Math.max(...[...CUE_PHRASES.keys()].map((p) => p.split(' ').length));
