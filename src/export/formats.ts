// The export formats by name, for the CLI and the HTTP download route: what each one is
// called, how it is served, and how it is rendered from a store.
import type { StorePort } from '../store/port';
import { toCsvFiles, type CsvFile } from './csv';
import { DIRECTIVE_SHEET, toDirectiveSheet } from './directive-sheet';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toNetworkCsv } from './network-csv';
import { toPopolo } from './popolo';
import { readSnapshot, type GraphSnapshot } from './snapshot';

import { EXPORT_FORMATS, type ExportFormat } from './format-names';

export { EXPORT_FORMATS, type ExportFormat };

/** Formats that are one document (a file, stdout or one HTTP response). */
export type SingleFileFormat = 'gexf' | 'graphml' | 'popolo' | 'network-csv';

export const SINGLE_FILE_FORMATS: Record<SingleFileFormat, { fileName: string; contentType: string; description: string }> = {
  gexf: { fileName: 'minutes-graph.gexf', contentType: 'application/gexf+xml; charset=utf-8', description: 'GEXF 1.3 (Gephi, networkx)' },
  graphml: { fileName: 'minutes-graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', description: 'GraphML (networkx, yEd, Gephi)' },
  popolo: { fileName: 'minutes-graph.popolo.json', contentType: 'application/json; charset=utf-8', description: 'Popolo-style JSON with sources' },
  'network-csv': { fileName: 'minutes-graph.network.csv', contentType: 'text/csv; charset=utf-8', description: 'co-assignment network of agencies, a Gephi edge list' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isSingleFileFormat(value: string): value is SingleFileFormat {
  return Object.prototype.hasOwnProperty.call(SINGLE_FILE_FORMATS, value);
}

export async function renderSingleFile(store: StorePort, format: SingleFileFormat): Promise<string> {
  return renderSnapshot(await readSnapshot(store), format);
}

/** One format from a graph already read (the CLI reads and renders as two steps of its bar). */
export function renderSnapshot(snapshot: GraphSnapshot, format: SingleFileFormat): string {
  switch (format) {
    case 'gexf':
      return toGexf(snapshot);
    case 'graphml':
      return toGraphml(snapshot);
    case 'popolo':
      return `${JSON.stringify(toPopolo(snapshot), null, 2)}\n`;
    case 'network-csv':
      return toNetworkCsv(snapshot);
  }
}

export interface CsvOptions {
  /** Start each file with a UTF-8 byte-order mark, so Excel reads the diacritics right. */
  bom?: boolean;
}

const BOM = '\uFEFF';

/** Every node and edge file, and directives.csv (curated values in force) for spreadsheets. */
export async function renderCsvFiles(store: StorePort, options: CsvOptions = {}): Promise<CsvFile[]> {
  const snapshot = await readSnapshot(store);
  const ids = snapshot.nodes.filter((n) => n.label === 'Directive').map((n) => n.id);
  const curations = await store.getCurations(ids);
  const sheet = toDirectiveSheet(snapshot, new Map(ids.map((id, i) => [id, curations[i]])));
  const files = [{ name: DIRECTIVE_SHEET, ...sheet }, ...toCsvFiles(snapshot)];
  return options.bom ? files.map((f) => ({ ...f, content: BOM + f.content })) : files;
}
