// The export formats by name, for the CLI and the HTTP download route: what each one is
// called, how it is served, and how it is rendered from a store.
import type { StorePort } from '../store/port';
import { toCsvFiles, type CsvFile } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toPopolo } from './popolo';
import { readSnapshot } from './snapshot';

import { EXPORT_FORMATS, type ExportFormat } from './format-names';

export { EXPORT_FORMATS, type ExportFormat };

/** Formats that are one document (a file, stdout or one HTTP response). */
export type SingleFileFormat = 'gexf' | 'graphml' | 'popolo';

export const SINGLE_FILE_FORMATS: Record<SingleFileFormat, { fileName: string; contentType: string; description: string }> = {
  gexf: { fileName: 'minutes-graph.gexf', contentType: 'application/gexf+xml; charset=utf-8', description: 'GEXF 1.3 (Gephi, networkx)' },
  graphml: { fileName: 'minutes-graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', description: 'GraphML (networkx, yEd, Gephi)' },
  popolo: { fileName: 'minutes-graph.popolo.json', contentType: 'application/json; charset=utf-8', description: 'Popolo-style JSON with sources' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isSingleFileFormat(value: string): value is SingleFileFormat {
  return Object.prototype.hasOwnProperty.call(SINGLE_FILE_FORMATS, value);
}

export async function renderSingleFile(store: StorePort, format: SingleFileFormat): Promise<string> {
  const snapshot = await readSnapshot(store);
  switch (format) {
    case 'gexf':
      return toGexf(snapshot);
    case 'graphml':
      return toGraphml(snapshot);
    case 'popolo':
      return `${JSON.stringify(toPopolo(snapshot), null, 2)}\n`;
  }
}

export async function renderCsvFiles(store: StorePort): Promise<CsvFile[]> {
  return toCsvFiles(await readSnapshot(store));
}
