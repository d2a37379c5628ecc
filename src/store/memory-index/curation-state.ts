// Curators' statements about directives and the values they make effective: the latest
// STATUS, ASSIGNEES and DEADLINE record of a directive take precedence over extraction.
// Kept apart from the graph, so rewriting a document never loses them.
import type { CurationRecord, DirectiveStatus } from '../port';
import { StoreError } from '../errors';

const STATUSES: readonly string[] = ['OPEN', 'IN_PROGRESS', 'DONE'];
const KINDS: readonly string[] = ['STATUS', 'ASSIGNEES', 'DEADLINE'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CurationState {
  private readonly byDirective = new Map<string, CurationRecord[]>();
  private readonly ids = new Map<string, CurationRecord>();
  private readonly status = new Map<string, DirectiveStatus>();
  private readonly assignees = new Map<string, string[]>();
  private readonly deadline = new Map<string, string | null>();
  /** Directive ids by agency/official id of their curated lead assignees. */
  private readonly curatedLeads = new Map<string, Set<string>>();

  has(id: string): boolean {
    return this.ids.has(id);
  }

  get(id: string): CurationRecord | undefined {
    return this.ids.get(id);
  }

  of(directiveId: string): CurationRecord[] {
    return this.byDirective.get(directiveId) ?? [];
  }

  /** Bumped on every record applied; listings ordered by effective values follow it. */
  version = 0;

  apply(record: CurationRecord): void {
    this.version++;
    this.ids.set(record.id, record);
    const list = this.byDirective.get(record.directiveId) ?? [];
    list.push(record);
    this.byDirective.set(record.directiveId, list);
    const latest = latestOf(list, record.kind);
    const dir = record.directiveId;
    if (record.kind === 'STATUS') this.status.set(dir, latest.value as DirectiveStatus);
    else if (record.kind === 'DEADLINE') this.deadline.set(dir, latest.value === '' ? null : latest.value);
    else {
      for (const id of this.assignees.get(dir) ?? []) this.curatedLeads.get(id)?.delete(dir);
      const ids = parseIds(latest.value);
      this.assignees.set(dir, ids);
      for (const id of ids) {
        let set = this.curatedLeads.get(id);
        if (set === undefined) this.curatedLeads.set(id, (set = new Set()));
        set.add(dir);
      }
    }
  }

  statusOf(directiveId: string): DirectiveStatus {
    return this.status.get(directiveId) ?? 'OPEN';
  }

  hasAssigneeCurations(): boolean {
    return this.assignees.size > 0;
  }

  /** The curated lead assignees, or undefined when extraction stands. */
  curatedAssignees(directiveId: string): string[] | undefined {
    return this.assignees.get(directiveId);
  }

  /** The curated deadline (null = curated away), or undefined when extraction stands. */
  curatedDeadline(directiveId: string): string | null | undefined {
    return this.deadline.get(directiveId);
  }

  directivesCuratedToLead(targetId: string): ReadonlySet<string> {
    return this.curatedLeads.get(targetId) ?? new Set();
  }
}

/** The record in force: the latest recordedAt; among equals, the one recorded last. */
function latestOf(list: readonly CurationRecord[], kind: CurationRecord['kind']): CurationRecord {
  let latest: CurationRecord | undefined;
  for (const record of list) if (record.kind === kind && (latest === undefined || record.recordedAt >= latest.recordedAt)) latest = record;
  return latest as CurationRecord;
}

export function parseIds(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Checks a record's shape; `exists` says whether an id names a node of the store. */
export function validateCuration(record: CurationRecord, exists: (id: string, label: 'Directive' | 'Party') => boolean): void {
  const bad = (message: string) => new StoreError('STORE_BAD_INPUT', `Invalid curation ${record.id}: ${message}`);
  if (typeof record.id !== 'string' || record.id === '') throw bad('it has no id');
  if (!KINDS.includes(record.kind)) throw bad(`unknown kind "${record.kind}"`);
  if (!exists(record.directiveId, 'Directive')) throw bad(`no directive "${record.directiveId}"`);
  if (record.kind === 'STATUS' && !STATUSES.includes(record.value)) throw bad(`unknown status "${record.value}"`);
  if (record.kind === 'DEADLINE' && record.value !== '' && !ISO_DATE.test(record.value)) throw bad(`deadline "${record.value}" is not YYYY-MM-DD`);
  if (record.kind === 'ASSIGNEES') {
    const unknown = parseIds(record.value).filter((id) => !exists(id, 'Party'));
    if (unknown.length > 0) throw bad(`unknown assignees ${unknown.join(', ')}`);
  }
  if (record.effectiveDate !== null && !ISO_DATE.test(record.effectiveDate)) throw bad(`effectiveDate "${record.effectiveDate}" is not YYYY-MM-DD`);
}
