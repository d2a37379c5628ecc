// The export formats by name alone, so the command line can list them in its help without
// loading the exporters.
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'popolo', 'neo4j-csv', 'network-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
