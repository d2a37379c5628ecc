// Everything the server serves besides GraphQL: the export downloads and the explorer page.
import type { StorePort } from '../store/port';
import { createExportHandler } from './export-handler';
import { createStaticHandler, type OptionalHandler } from './static-handler';

export function createPageHandler(store: StorePort, options: { root?: string; clock: () => Date }): OptionalHandler {
  const exports = createExportHandler(store, { clock: options.clock });
  const page = createStaticHandler({ root: options.root });
  return (req, res) => exports(req, res) || page(req, res);
}
