// Everything the server serves besides GraphQL: the export downloads, agency calendars and the
// explorer page.
import type { StorePort } from '../store/port';
import type { StoreConfig } from '../store/config';
import { createStaticHandler, type OptionalHandler } from './static-handler';

/** Every export route lies under it (export-handler.ts, EXPORT_PREFIX). */
const EXPORTS_UNDER = '/export/';
/** Every calendar path starts so (calendar-handler.ts, CALENDAR_PREFIX; a test holds the two equal). */
export const CALENDARS_UNDER = '/calendar/';

export function createPageHandler(store: StorePort, options: { root?: string; clock: () => Date; storeConfig?: StoreConfig }): OptionalHandler {
  // The export renderers (every format's writer, graphology) are loaded with the first export
  // asked for, not at start: they were a twentieth of `serve`'s cold start (BENCHMARKS.md).
  let exportHandler: OptionalHandler | null = null;
  const downloads: OptionalHandler = (req, res) => {
    if (!(req.url ?? '/').startsWith(EXPORTS_UNDER)) return false;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exportHandler ??= (require('./export-handler') as typeof import('./export-handler')).createExportHandler(store, { clock: options.clock, storeConfig: options.storeConfig });
    return exportHandler(req, res);
  };
  // The calendar feeds likewise with the first path under /calendar/ (calendarAgencyId's prefix).
  let calendarHandler: OptionalHandler | null = null;
  const calendars: OptionalHandler = (req, res) => {
    if (!(req.url ?? '/').startsWith(CALENDARS_UNDER)) return false;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    calendarHandler ??= (require('./calendar-handler') as typeof import('./calendar-handler')).createCalendarHandler(store, { clock: options.clock });
    return calendarHandler(req, res);
  };
  const page = createStaticHandler({ root: options.root });
  return (req, res) => downloads(req, res) || calendars(req, res) || page(req, res);
}
