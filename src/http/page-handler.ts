// Everything the server serves besides GraphQL: the export downloads and the explorer page.
import type { StorePort } from '../store/port';
import type { StoreConfig } from '../store/config';
import { createExportHandler } from './export-handler';
import { createStaticHandler, type OptionalHandler } from './static-handler';

export function createPageHandler(store: StorePort, options: { root?: string; clock: () => Date; storeConfig?: StoreConfig }): OptionalHandler {
  const exports = createExportHandler(store, { clock: options.clock, storeConfig: options.storeConfig });
  const page = createStaticHandler({ root: options.root });
  return (req, res) => exports(req, res) || page(req, res);
}
