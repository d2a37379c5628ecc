// Headless Chromium from Debian's package, driven by playwright-core: a fresh profile per
// run, no network beyond the test server, and a clear failure when Chromium is missing.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every host but loopback is unreachable, as on a closed government network: a page that
  // reaches out fails here even before the request filter below records it.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface Browser {
  context: BrowserContext;
  /** Requests the page tried to make to any other origin (the page must work offline). */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function launchChromium(allowedOrigin: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is not installed: the browser test needs Debian's chromium package. ` +
        'Install it with `sh test/explorer/ensure-chromium.sh` (or `apt-get install -y chromium`).',
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'minutes-graph-chromium-'));
  // A persistent context is how playwright takes a user-data-dir: a fresh one per run.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 900 },
    locale: 'vi-VN',
  });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return {
    context,
    foreignRequests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
