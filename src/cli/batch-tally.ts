// The ingest summary as the command line counts it, outcome by outcome, so a batch the store
// stops half-way (a full disk) still gets its summary line. Identical files in one batch are
// the same document: the second and later ones are counted as duplicates, not as stored again.
import type { IngestOutcome, IngestSummary } from '../ingest/ingest-files';

export interface TalliedOutcome {
  outcome: IngestOutcome;
  /** The earlier path in this batch that gave the same document, if any. */
  duplicateOf: string | null;
}

export class BatchTally {
  readonly summary: IngestSummary & { duplicates: number } = { ok: 0, unchanged: 0, failed: 0, directives: 0, duplicates: 0, outcomes: [] };
  private readonly firstPath = new Map<string, string>();

  add(outcome: IngestOutcome): TalliedOutcome {
    const s = this.summary;
    s.outcomes.push(outcome);
    if (!outcome.ok) {
      s.failed += 1;
      return { outcome, duplicateOf: null };
    }
    const earlier = this.firstPath.get(outcome.documentId);
    if (earlier !== undefined) {
      s.duplicates += 1;
      return { outcome, duplicateOf: earlier };
    }
    this.firstPath.set(outcome.documentId, outcome.path);
    s.ok += 1;
    s.directives += outcome.directives;
    if (!outcome.changed) s.unchanged += 1;
    return { outcome, duplicateOf: null };
  }
}
