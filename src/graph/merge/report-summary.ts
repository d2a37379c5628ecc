// What the cross-report matcher compares, read from one report's graph batch: the meeting's
// date, chairs, organiser and title words, and per directive its assignees, deadline and words.
import { fold } from '../../text/fold';
import type { DeadlineNode, DirectiveNode, GraphBatch, MeetingNode } from '../model';

export interface DirectiveSummary {
  id: string;
  /** Ids of the LEAD assignees, sorted. */
  assignees: string[];
  deadline: string | null;
  words: Set<string>;
}

export interface ReportSummary {
  documentId: string;
  meetingId: string;
  date: string | null;
  /** Official ids of the MAIN chairs, sorted. */
  chairs: string[];
  organiser: string | null;
  topicWords: Set<string>;
  directives: DirectiveSummary[];
}

// Words that say nothing about which meeting it was.
const STOPWORDS = new Set(['ve', 'cua', 'va', 'cac', 'tai', 'voi', 'trong', 'cho', 'nam', 'thu', 'lan', 'phien', 'hop', 'cuoc', 'hoi', 'nghi', 'buoi', 'lam', 'viec', 'ket', 'luan', 'thong', 'bao', 'de', 'la', 'nhung', 'mot', 'so', 'da', 'duoc', 'theo', 'tu', 'den']);

export function contentWords(text: string | null): Set<string> {
  return text === null ? new Set() : wordsOfFolded(fold(text));
}

const DIGITS = /^\d+$/;
const isContentWord = (w: string) => w.length > 1 && !STOPWORDS.has(w) && !DIGITS.test(w);

/** contentWords of a text already folded (a directive keeps its folded text). */
function wordsOfFolded(folded: string): Set<string> {
  return new Set(folded.split(' ').filter(isContentWord));
}

// Words that frame a task rather than say what it is ("Thủ tướng giao …", "đề nghị …").
const FRAMING = new Set(['giao', 'yeu', 'cau', 'nghi', 'chi', 'dao', 'khan', 'truong', 'tuong', 'pho', 'chinh', 'phu', 'bo']);

/**
 * The task's own words: without its framing, the names of its parties and its deadline phrase,
 * which say who and when, not what. One pass over the words, in their order (issue 14: the
 * sets and spreads this made per directive were a tenth of a prepare worker's time).
 */
function taskWords(textFolded: string, parties: readonly (string | null)[], wordsOf: (name: string | null) => Set<string>): Set<string> {
  const others = parties.map(wordsOf);
  const words = new Set<string>();
  for (const w of textFolded.split(' ')) {
    if (words.has(w) || !isContentWord(w) || FRAMING.has(w) || others.some((o) => o.has(w))) continue;
    words.add(w);
  }
  return words;
}

// Party names repeat from task to task and from report to report (the ministries): each is
// folded once. The sets are only read. Bounded, as names are open-ended.
const NAME_WORDS = new Map<string | null, Set<string>>();
const NAME_WORDS_KEPT = 4096;

function wordsOf(name: string | null): Set<string> {
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    if (NAME_WORDS.size >= NAME_WORDS_KEPT) NAME_WORDS.clear();
    NAME_WORDS.set(name, (words = contentWords(name)));
  }
  return words;
}

// Batches are never changed once built, so a summary is computed once per batch.
const SUMMARIES = new WeakMap<GraphBatch, ReportSummary | null>();

export function summariseReport(batch: GraphBatch): ReportSummary | null {
  let summary = SUMMARIES.get(batch);
  if (summary === undefined) SUMMARIES.set(batch, (summary = summarise(batch)));
  return summary;
}

function summarise(batch: GraphBatch): ReportSummary | null {
  const meeting = batch.nodes.find((n): n is MeetingNode => n.label === 'Meeting');
  if (!meeting) return null;
  const deadlines = new Map(batch.nodes.filter((n): n is DeadlineNode => n.label === 'Deadline').map((d) => [d.id, d]));
  const names = new Map(batch.nodes.map((n) => [n.id, n.label === 'Agency' || n.label === 'Official' ? n.name : null]));
  const edgesFrom = (type: string, from: string) => batch.edges.filter((e) => e.type === type && e.from === from);
  const chairs = batch.edges.filter((e) => e.type === 'CHAIRED' && e.to === meeting.id && e.props.role === 'MAIN').map((e) => e.from).sort();
  const directives = batch.nodes
    .filter((n): n is DirectiveNode => n.label === 'Directive')
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((d) => {
      const parties = batch.edges.filter((e) => e.from === d.id && e.type === 'ASSIGNED_TO').map((e) => names.get(e.to) ?? null);
      const deadline = edgesFrom('DUE_BY', d.id).map((e) => deadlines.get(e.to) ?? null)[0] ?? null;
      return {
        id: d.id,
        assignees: edgesFrom('ASSIGNED_TO', d.id).filter((e) => e.props.role === 'LEAD').map((e) => e.to).sort(),
        deadline: deadline?.date ?? null,
        words: taskWords(d.textFolded, [...parties, d.assignerName, deadline?.phrase ?? null], wordsOf),
      };
    });
  return {
    documentId: batch.documentId,
    meetingId: meeting.id,
    date: meeting.date,
    chairs,
    organiser: meeting.organiser,
    topicWords: contentWords(meeting.title),
    directives,
  };
}
