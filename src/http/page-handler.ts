// Everything the server serves besides GraphQL: the export downloads, agency calendars and the
// explorer page.
import type { StorePort } from '../store/port';
import type { StoreConfig } from '../store/config';
import { createCalendarHandler } from './calendar-handler';
import { createExportHandler } from './export-handler';
import { createStaticHandler, type OptionalHandler } from './static-handler';

export function createPageHandler(store: StorePort, options: { root?: string; clock: () => Date; storeConfig?: StoreConfig }): OptionalHandler {
  const exports = createExportHandler(store, { clock: options.clock, storeConfig: options.storeConfig });
  const calendars = createCalendarHandler(store, { clock: options.clock });
  const page = createStaticHandler({ root: options.root });
  return (req, res) => exports(req, res) || calendars(req, res) || page(req, res);
}
