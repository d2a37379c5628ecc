// Filtering and paging a page's directive list (pure): by state on the "as of" day, by the
// agency or official in charge (lead or coordinator, or in one role), a page at a time.
import type { DirectiveRow } from './queries';
import { deadlineState, type DeadlineState } from './status';

export type RoleFilter = 'any' | 'lead' | 'coordinator';

export interface DirectiveFilters {
  state: DeadlineState | 'all';
  /** An assignee's or coordinator's id, or 'all'. */
  party: string;
  role: RoleFilter;
}

export const NO_FILTERS: DirectiveFilters = { state: 'all', party: 'all', role: 'any' };

export const PAGE_SIZE = 10;

function inRole(row: DirectiveRow, party: string, role: RoleFilter): boolean {
  const lead = row.assignees.some((a) => a.id === party);
  const coordinates = row.coordinators.some((c) => c.id === party);
  return role === 'lead' ? lead : role === 'coordinator' ? coordinates : lead || coordinates;
}

export function filterDirectives(rows: DirectiveRow[], filters: DirectiveFilters, asOf: string): DirectiveRow[] {
  return rows.filter(
    (row) =>
      (filters.state === 'all' || deadlineState(row, asOf) === filters.state) &&
      // A role narrows a chosen party; with no party chosen it has nothing to narrow.
      (filters.party === 'all' || inRole(row, filters.party, filters.role)),
  );
}

/** Everyone in charge of some directive in the list, by how many they are in charge of. */
export function partiesOf(rows: DirectiveRow[]): { id: string; name: string; count: number }[] {
  const byId = new Map<string, { id: string; name: string; count: number }>();
  for (const row of rows) {
    const ids = new Set<string>();
    for (const p of [...row.assignees, ...row.coordinators]) {
      if (p.id === null || ids.has(p.id)) continue;
      ids.add(p.id);
      const entry = byId.get(p.id) ?? { id: p.id, name: p.name ?? p.id, count: 0 };
      entry.count++;
      byId.set(p.id, entry);
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
}

export interface Page<T> {
  items: T[];
  /** 0-based, clamped into range. */
  page: number;
  pages: number;
  /** Index of the first item of the page in the whole list. */
  offset: number;
}

export function pageOf<T>(items: T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * size, (p + 1) * size), page: p, pages, offset: p * size };
}
