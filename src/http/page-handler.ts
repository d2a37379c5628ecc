// Everything the server serves besides GraphQL: the export downloads, agency calendars and the
// explorer page.
import type { StorePort } from '../store/port';
import type { StoreConfig } from '../store/config';
import { createCalendarHandler } from './calendar-handler';
import { createStaticHandler, type OptionalHandler } from './static-handler';

/** Every export route lies under it (export-handler.ts, EXPORT_PREFIX). */
const EXPORTS_UNDER = '/export/';

export function createPageHandler(store: StorePort, options: { root?: string; clock: () => Date; storeConfig?: StoreConfig }): OptionalHandler {
  // The export renderers (every format's writer, graphology) are loaded with the first export
  // asked for, not at start: they were a twentieth of `serve`'s cold start (BENCHMARKS.md).
  let exportHandler: OptionalHandler | null = null;
  const exports: OptionalHandler = (req, res) => {
    if (!(req.url ?? '/').startsWith(EXPORTS_UNDER)) return false;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exportHandler ??= (require('./export-handler') as typeof import('./export-handler')).createExportHandler(store, { clock: options.clock, storeConfig: options.storeConfig });
    return exportHandler(req, res);
  };
  const calendars = createCalendarHandler(store, { clock: options.clock });
  const page = createStaticHandler({ root: options.root });
  return (req, res) => exports(req, res) || calendars(req, res) || page(req, res);
}
