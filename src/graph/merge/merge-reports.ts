// Many reports → the meetings they describe. Reports whose meetings match (match-reports.ts)
// are one meeting; directives paired across them are one task, with the provenance of every
// report that gives it. Pure and independent of input order: reports are taken sorted by
// document id, groups are connected components, and each group is named by its smallest id.
// This is the plan a store applies; it does not rewrite batches itself.
import type { DirectiveNode, GraphBatch, Provenance } from '../model';
import { matchReports, type MeetingMatch } from './match-reports';
import { summariseReport, type ReportSummary } from './report-summary';

export interface MergedDirective {
  /** The id the task keeps: the smallest of its directives' ids. */
  id: string;
  directiveIds: string[];
  /** Every source sentence, ordered by document id and position. */
  provenance: Provenance[];
}

export interface MergedMeeting {
  /** The id the meeting keeps: the smallest of its reports' meeting ids. */
  id: string;
  meetingIds: string[];
  documentIds: string[];
  directives: MergedDirective[];
  /** Why the reports were joined: each matching pair with its score and signals. */
  matches: { documents: [string, string]; match: MeetingMatch }[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const root = this.find(p);
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // the smaller id is the root, so groups are named the same in any order
    if (ra !== rb) this.parent.set(ra > rb ? ra : rb, ra > rb ? rb : ra);
  }
}

function groupsOf(ids: readonly string[], uf: UnionFind): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(uf.find(id), [...(groups.get(uf.find(id)) ?? []), id]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

/** Every pair of reports matched once (in document-id order), meetings and tasks linked. */
function linkReports(summaries: readonly ReportSummary[]): { meetings: UnionFind; directives: UnionFind; matches: MergedMeeting['matches'] } {
  const meetings = new UnionFind();
  const directives = new UnionFind();
  const matches: MergedMeeting['matches'] = [];
  for (let i = 0; i < summaries.length; i += 1) {
    for (let j = i + 1; j < summaries.length; j += 1) {
      const match = matchReports(summaries[i], summaries[j]);
      if (!match.same) continue;
      meetings.union(summaries[i].meetingId, summaries[j].meetingId);
      for (const [x, y] of match.directivePairs) directives.union(x, y);
      matches.push({ documents: [summaries[i].documentId, summaries[j].documentId], match });
    }
  }
  return { meetings, directives, matches };
}

const byDocument = (a: ReportSummary, b: ReportSummary) => a.documentId.localeCompare(b.documentId);

/** Which reports describe one meeting: groups of document ids (sorted), from their summaries alone. */
export function reportGroups(summaries: readonly ReportSummary[]): string[][] {
  const sorted = [...summaries].sort(byDocument);
  const { meetings } = linkReports(sorted);
  const documentOfMeeting = new Map(sorted.map((s) => [s.meetingId, s.documentId]));
  return groupsOf(sorted.map((s) => s.meetingId), meetings).map((ids) => ids.map((m) => documentOfMeeting.get(m) as string).sort());
}

export function mergeReports(batches: readonly GraphBatch[]): MergedMeeting[] {
  const sorted = [...batches].sort((a, b) => a.documentId.localeCompare(b.documentId));
  const summaries = sorted.map(summariseReport).filter((s): s is ReportSummary => s !== null);
  const { meetings, directives, matches } = linkReports(summaries);
  const directiveNodes = new Map(sorted.flatMap((b) => b.nodes).filter((n): n is DirectiveNode => n.label === 'Directive').map((d) => [d.id, d]));
  const documentOfMeeting = new Map(summaries.map((s) => [s.meetingId, s.documentId]));
  return groupsOf(summaries.map((s) => s.meetingId), meetings).map((meetingIds) => {
    const documentIds = meetingIds.map((m) => documentOfMeeting.get(m)!).sort();
    const ids = [...directiveNodes.values()].filter((d) => meetingIds.includes(d.meetingId)).map((d) => d.id);
    return {
      id: meetingIds[0],
      meetingIds,
      documentIds,
      directives: groupsOf(ids, directives).map((group) => ({
        id: group[0],
        directiveIds: group,
        provenance: group.map((id) => directiveNodes.get(id)!.provenance).sort((p, q) => p.documentId.localeCompare(q.documentId) || p.start - q.start),
      })),
      matches: matches.filter((m) => documentIds.includes(m.documents[0])),
    };
  });
}
