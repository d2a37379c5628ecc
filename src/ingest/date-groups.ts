// The groups (connected components of matching reports) among the stored reports of one
// meeting date, kept by the joiner between writes. Matching every pair of a date's reports on
// each write cost k² matches per report with k reports on the date: at 1M directives (87k
// reports over 1,448 dates, up to 89 a day) that was most of ingest, and it grew with the
// corpus. Matching is pairwise and pure, so the groups among the stored reports do not change
// when one more arrives: the new report joins the groups of the reports it matches, k matches.
import { matchReports } from '../graph/merge/match-reports';
import { reportGroups } from '../graph/merge/merge-reports';
import type { ReportSummary } from '../graph/merge/report-summary';

export class DateGroups {
  /** Group (sorted ids) of each report the groups cover. */
  private readonly groupOf = new Map<string, readonly string[]>();

  private constructor() {}

  /** The groups among `ids` from every pair of their summaries (null: a report that matches nothing). */
  static of(ids: readonly string[], summaries: ReadonlyMap<string, ReportSummary | null>): DateGroups {
    const groups = new DateGroups();
    const known = ids.map((id) => summaries.get(id) ?? null).filter((s): s is ReportSummary => s !== null);
    for (const group of reportGroups(known)) for (const id of group) groups.groupOf.set(id, group);
    for (const id of ids) if (!groups.groupOf.has(id)) groups.groupOf.set(id, [id]);
    return groups;
  }

  /** Whether these groups are about exactly the reports `ids` (in any order, without repeats). */
  cover(ids: readonly string[]): boolean {
    return ids.length === this.groupOf.size && ids.every((id) => this.groupOf.has(id));
  }

  group(id: string): readonly string[] {
    return this.groupOf.get(id) ?? [id];
  }

  /**
   * The groups once `summary`'s report (not among them) is added: it joins every group holding a
   * report it matches, as reportGroups over all of them would give. Returns the new report's group.
   */
  add(summary: ReportSummary | null, id: string, summaries: ReadonlyMap<string, ReportSummary | null>): readonly string[] {
    const members = new Set([id]);
    if (summary !== null) {
      for (const [other, group] of this.groupOf) {
        if (members.has(other)) continue;
        const theirs = summaries.get(other) ?? null;
        if (theirs !== null && matchReports(summary, theirs).same) for (const member of group) members.add(member);
      }
    }
    const joined = [...members].sort();
    for (const member of joined) this.groupOf.set(member, joined);
    return joined;
  }
}
