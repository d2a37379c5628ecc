// Every view at phone, tablet and desktop widths: nothing scrolls sideways (wide tables and the
// timeline scroll inside their own boxes), and axe-core finds no serious or critical
// accessibility violation, in the light and the dark colour scheme.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { AS_OF, shot, viewReady, type SessionHandle } from './session';

const AXE = require.resolve('axe-core/axe.min.js');
export const WIDTHS = [390, 768, 1366] as const;

/** Every kind of view, with the seeds' ids (a meeting id is looked up: it is a hash). */
export function viewAddresses(meetingId: string): [name: string, hash: string][] {
  const enc = encodeURIComponent;
  return [
    ['home', `#/?asOf=${AS_OF}`],
    ['search', `#/search?q=${enc('bo y te')}`],
    ['agency', `#/agency/${enc('agy:bo-y-te')}`],
    ['official', `#/official/${enc('off:pham-minh-chinh')}`],
    ['meeting', `#/meeting/${enc(meetingId)}`],
    ['official-graph', `#/graph/official/${enc('off:pham-minh-chinh')}`],
    ['ask', `#/ask?q=${enc('Thủ tướng giao Bộ Y tế những nhiệm vụ gì')}`],
    ['not-found', '#/nowhere'],
  ];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, not added as a <script>: the page's CSP refuses
  // inline scripts, as it should, and the test tool must not need it relaxed.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export function layoutTests(session: SessionHandle, meetingId: () => Promise<string>): void {
  // axe runs at the phone and desktop widths, in both colour schemes at the phone width.
  test.each(WIDTHS)('at %i px no view scrolls sideways and axe finds nothing serious', async (width) => {
    const { page, baseUrl, browser } = session.get();
    await page.setViewportSize({ width, height: 800 });
    const found: Record<string, { overflow: number; violations: string[] }> = {};
    const schemes = width === 390 ? (['light', 'dark'] as const) : (['light'] as const);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, hash] of viewAddresses(await meetingId())) {
        await page.goto(`${baseUrl}/${hash}`);
        await viewReady(page, hash.split('?')[0].split('/').slice(0, 2).join('/'));
        const violations = width === 768 ? [] : await seriousViolations(page);
        found[`${scheme} ${name}`] = { overflow: await sidewaysOverflow(page), violations };
        if (width === 390) await shot(page, `${width}-${scheme}-${name}`);
      }
    }
    const clean = Object.fromEntries(Object.keys(found).map((k) => [k, { overflow: 0, violations: [] }]));
    expect(found).toEqual(clean);
    expect(browser.foreignRequests).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1200, height: 900 });
  });
}
