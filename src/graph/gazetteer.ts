// Agency facts for the graph, read from the generated gazetteer: the node an agency becomes
// and the chain of agencies that took over its duties (SUCCEEDED_BY).
import { AGENCY_ROWS } from '../extract/lexicon/agencies.data';
import type { AgencyRow } from '../extract/lexicon/agency-row';
import { fold } from '../text/fold';
import { agencyId } from './ids';
import type { AgencyNode } from './model';

/** The gazetteer, keyed by folded canonical name (the `key` of agency mentions). */
export type Gazetteer = ReadonlyMap<string, AgencyRow>;

export function buildGazetteer(rows: readonly AgencyRow[] = AGENCY_ROWS): Gazetteer {
  return new Map(rows.map((row) => [fold(row.name), row]));
}

/** Group labels are lower case in running text ("các bộ, ngành"); as a name they start upper case. */
function displayName(row: { name: string; kind: string }): string {
  return row.kind === 'group' ? row.name.charAt(0).toUpperCase() + row.name.slice(1) : row.name;
}

function uniqueFolded(values: readonly (string | null)[]): string[] {
  const keys = new Set<string>();
  for (const value of values) {
    const key = value === null ? '' : fold(value);
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

// Built once per gazetteer row: every report that names "Bộ Y tế" shares the same node instead
// of folding and hashing its names again (that was an eighth of ingest time). Never mutated.
const NODES_BY_ROW = new WeakMap<AgencyRow, AgencyNode>();

export function agencyNodeFromRow(row: AgencyRow): AgencyNode {
  let node = NODES_BY_ROW.get(row);
  if (node === undefined) {
    node = buildAgencyNode(row);
    NODES_BY_ROW.set(row, node);
  }
  return node;
}

function buildAgencyNode(row: AgencyRow): AgencyNode {
  // The reference mixes short forms ("BYT") and alternative spellings ("Bộ VHTT&DL"); a form
  // with a space is a spelling of the name, one without is an abbreviation.
  const abbreviations = [...row.abbreviations.filter((a) => !/\s/.test(a)), ...row.abbreviationsEn];
  const aliases = row.abbreviations.filter((a) => /\s/.test(a));
  return {
    label: 'Agency',
    id: agencyId(row.name),
    name: displayName(row),
    nameEn: row.nameEn,
    abbreviations,
    aliases,
    kind: String(row.kind),
    validFrom: row.validFrom,
    validTo: row.validTo,
    searchKeys: uniqueFolded([row.name, ...abbreviations, ...aliases, row.nameEn]),
  };
}

/** An agency the extraction named but the gazetteer does not know: only what the text says. */
export function agencyNodeFromName(name: string, kind: string): AgencyNode {
  return {
    label: 'Agency',
    id: agencyId(name),
    name: displayName({ name, kind }),
    nameEn: null,
    abbreviations: [],
    aliases: [],
    kind,
    validFrom: null,
    validTo: null,
    searchKeys: uniqueFolded([name]),
  };
}

/** The day after `validTo` (YYYY-MM-DD, YYYY-MM or YYYY): the first day the successor is in charge. */
export function dayAfter(validTo: string): string | null {
  const parts = validTo.split('-').map(Number);
  if (parts.some((p) => !Number.isInteger(p))) return null;
  const [year, month, day] = parts;
  const next =
    parts.length === 3
      ? new Date(Date.UTC(year, month - 1, day + 1))
      : parts.length === 2
        ? new Date(Date.UTC(year, month, 1))
        : new Date(Date.UTC(year + 1, 0, 1));
  return next.toISOString().slice(0, 10);
}

/** Successor rows of `row`, nearest first, stopping on a cycle or a successor the gazetteer lacks. */
export function successionChain(gazetteer: Gazetteer, row: AgencyRow): AgencyRow[] {
  const chain: AgencyRow[] = [];
  const seen = new Set([fold(row.name)]);
  let current = row;
  while (current.successor !== null) {
    const key = fold(current.successor);
    const next = gazetteer.get(key);
    if (next === undefined || seen.has(key)) break;
    seen.add(key);
    chain.push(next);
    current = next;
  }
  return chain;
}
