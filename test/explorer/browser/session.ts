// One explorer session for every browser test: the page bundled from the current explorer/src, the
// real HTTP front over the five seeds on loopback, and one Chromium shared by all the tests
// (a launch costs seconds on a busy machine). Screenshots go to test/artifacts/ (git-ignored).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildExplorer } from '../../../explorer/build';
import { openSeededStore, type SeededStore } from '../../export/seeded-store';
import { launchChromium, type Browser } from '../browser';
import { startTestServer, type RunningServer } from '../../http/test-server';

export const ARTIFACTS = join(__dirname, '..', '..', 'artifacts');
/** The day the server and the page take as "today": after the June 2025 deadlines. */
export const AS_OF = '2025-07-01';

export interface Session {
  baseUrl: string;
  browser: Browser;
  page: Page;
  /** Uncaught errors thrown in any page of the session. */
  pageErrors: string[];
}

export interface SessionHandle {
  /** The running session; throws before beforeAll has run. */
  get(): Session;
}

/** Registers beforeAll/afterAll that open and close the shared session. */
export function useExplorerSession(): SessionHandle {
  let seeded: SeededStore | undefined;
  let server: RunningServer | undefined;
  let session: Session | undefined;
  const webRoot = mkdtempSync(join(tmpdir(), 'minutes-graph-web-'));

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await buildExplorer({ outDir: webRoot });
    seeded = await openSeededStore();
    server = await startTestServer(seeded.store, { webRoot, now: new Date(`${AS_OF}T00:00:00Z`) });
    const browser = await launchChromium(server.baseUrl);
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    browser.context.on('page', (p) => p.on('pageerror', (err) => pageErrors.push(err.message)));
    page.on('pageerror', (err) => pageErrors.push(err.message));
    session = { baseUrl: server.baseUrl, browser, page, pageErrors };
  }, 120_000);

  afterAll(async () => {
    await session?.browser.close();
    await server?.close();
    await seeded?.dispose();
    rmSync(webRoot, { recursive: true, force: true });
  });

  return {
    get: () => {
      if (session === undefined) throw new Error('the explorer session is not open (beforeAll failed)');
      return session;
    },
  };
}

/** Waits until the view for the current address has finished loading. */
export async function viewReady(page: Page, hashPrefix: string): Promise<void> {
  await page.waitForFunction((prefix) => {
    const ready = document.getElementById('main')?.dataset.ready;
    return ready !== undefined && ready.startsWith(prefix) && ready === (location.hash || '#/');
  }, hashPrefix);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `browser-${name}.png`), fullPage: true });
}

/** A query against the session's server, as a script would send it. */
export async function queryApi<T>(session: Session, query: string): Promise<T> {
  const response = await fetch(`${session.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-graphql-csrf': '1' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The id of the 2025-02-06 meeting chaired by Phạm Minh Chính (ids of meetings are hashes). */
export async function meetingOf20250206(session: Session): Promise<string> {
  const data = await queryApi<{ official: { meetingsChaired: { nodes: { id: string; date: string | null }[] } } }>(
    session,
    '{ official(id: "off:pham-minh-chinh") { meetingsChaired(first: 50) { nodes { id date } } } }',
  );
  const meeting = data.official.meetingsChaired.nodes.find((m) => m.date === '2025-02-06');
  if (!meeting) throw new Error('the seeds have no 2025-02-06 meeting chaired by Phạm Minh Chính');
  return meeting.id;
}
