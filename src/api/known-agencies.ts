// Agencies the gazetteer knows, by every spelling: lets `ask` tell "Bộ Tư pháp has no
// directives in the reports" (a real agency, absent from the graph) from a name it cannot read.
import { agencyNodeFromRow, buildGazetteer } from '../graph/gazetteer';
import type { AgencyNode } from '../graph/model';
import { nameKey } from './resolve-names';

const BY_KEY: ReadonlyMap<string, AgencyNode> = new Map(
  [...buildGazetteer().values()].flatMap((row) => {
    const node = agencyNodeFromRow(row);
    return node.searchKeys.map((key) => [key, node] as const);
  }),
);

/** The gazetteer's agency for a name in any of its spellings, or null. */
export function knownAgency(name: string): AgencyNode | null {
  return BY_KEY.get(nameKey(name)) ?? null;
}
