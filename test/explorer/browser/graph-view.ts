// The graph view of the seeds' busiest neighbourhoods, Phạm Minh Chính and his 2025-02-06
// meeting, at desktop and phone widths: every label drawn lies inside the canvas and touches
// no other label; filters hide a kind; a selected node keeps labels only on its neighbours;
// "show more" draws the rest of a large neighbourhood. Screenshots: test/artifacts/.
import type { Page } from 'playwright-core';
import { shot, viewReady, type SessionHandle } from './session';

interface LabelBox {
  id: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const PMC = 'off:pham-minh-chinh';

async function openGraph(page: Page, baseUrl: string, kind: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/#/graph/${kind}/${encodeURIComponent(id)}`);
  await viewReady(page, `#/graph/${kind}/`);
  await page.waitForFunction(() => document.getElementById('graph-canvas')?.dataset.labels !== undefined);
}

async function drawn(page: Page): Promise<{ labels: LabelBox[]; nodes: Record<string, { x: number; y: number }>; width: number; height: number }> {
  return page.locator('#graph-canvas').evaluate((el: HTMLElement) => ({
    labels: JSON.parse(el.dataset.labels!),
    nodes: JSON.parse(el.dataset.nodePositions!),
    width: el.clientWidth,
    height: el.clientHeight,
  }));
}

/** Pairs of labels that overlap, and labels that leave the canvas: both must be empty. */
function collisions(labels: LabelBox[], width: number, height: number): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    if (a.left < 0 || a.top < 0 || a.right > width || a.bottom > height) found.push(`${a.id} leaves the canvas`);
    for (const b of labels.slice(i + 1)) {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(`${a.id} covers ${b.id}`);
    }
  });
  return found;
}

export function graphViewTests(session: SessionHandle, meetingId: () => Promise<string>): void {
  test.each([
    [1366, 'desktop'],
    [390, 'phone'],
  ])('at %i px the graphs of Phạm Minh Chính and of his meeting label most nodes, none overlapping', async (width, name) => {
    const { page, baseUrl } = session.get();
    await page.setViewportSize({ width, height: 900 });
    for (const [kind, id, file] of [['official', PMC, 'pham-minh-chinh'], ['meeting', await meetingId(), 'meeting-2025-02-06']]) {
      await openGraph(page, baseUrl, kind, id);
      const { labels, nodes, width: w, height: h } = await drawn(page);
      await page.locator('#graph-canvas').screenshot({ path: `${__dirname}/../../artifacts/graph-${file}-${name}.png` });
      expect(collisions(labels, w, h)).toEqual([]);
      expect(labels.map((l) => l.id)).toContain(id);
      // On a desktop nearly every node has room for its label; a phone has room for half.
      expect(labels.length).toBeGreaterThanOrEqual(Math.ceil(Object.keys(nodes).length * (name === 'desktop' ? 0.8 : 0.5)));
    }
    await page.setViewportSize({ width: 1200, height: 900 });
  });

  test('filters hide a kind, a selected meeting keeps labels on its neighbours only, show more draws the rest', async () => {
    const { page, baseUrl, pageErrors } = session.get();
    const meeting = await meetingId();
    await openGraph(page, baseUrl, 'official', PMC);
    const total = Number((await page.locator('h2', { hasText: 'Linked entities' }).textContent())!.match(/\d+/)![0]);
    const before = await drawn(page);
    // A large neighbourhood starts with the 20 best connected, and offers the rest.
    expect(Object.keys(before.nodes)).toHaveLength(Math.min(total, 20) + 1);
    await page.locator('#graph-show-more').click();
    await page.waitForFunction((n) => Object.keys(JSON.parse(document.getElementById('graph-canvas')!.dataset.nodePositions!)).length === n, total + 1);
    await expect(page.locator('#graph-show-more').count()).resolves.toBe(0);

    await page.locator('#show-kind-directive').uncheck();
    await page.waitForFunction(() => !document.getElementById('graph-canvas')!.dataset.nodePositions!.includes('"dir:'));
    const meetingsOnly = await drawn(page);
    expect(Object.keys(meetingsOnly.nodes).every((id) => id === PMC || id.startsWith('mtg:'))).toBe(true);
    await page.locator('#show-kind-directive').check();
    await page.waitForFunction(() => document.getElementById('graph-canvas')!.dataset.nodePositions!.includes('"dir:'));

    const { nodes } = await drawn(page);
    const box = (await page.locator('#graph-canvas').boundingBox())!;
    await page.mouse.click(box.x + nodes[meeting].x, box.y + nodes[meeting].y);
    await expect(page.locator('#graph-selection').textContent()).resolves.toContain('Phiên họp');
    // Move off the node so the labels show the selection, not the hover.
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction((id) => document.getElementById('graph-canvas')!.dataset.focus === id, meeting);
    const selected = await drawn(page);
    const labelled = selected.labels.map((l) => l.id);
    // Other meetings are not its neighbours: their labels give way to the meeting's own.
    expect(labelled.filter((id) => id.startsWith('mtg:') && id !== meeting)).toEqual([]);
    expect(labelled).toContain(PMC);
    await shot(page, 'graph-selected-meeting');

    // From the keyboard: focusing a node's link in the list highlights it in the graph.
    const directiveItem = page.locator('#graph-nodes li[data-node^="dir:"]').first();
    const directiveId = (await directiveItem.getAttribute('data-node'))!;
    await directiveItem.locator('a').focus();
    await page.waitForFunction((id) => document.getElementById('graph-canvas')!.dataset.focus === id, directiveId);
    await expect(page.locator('#graph-open-selected').getAttribute('href')).resolves.toBe(`#/directive/${encodeURIComponent(directiveId)}`);
    expect(pageErrors).toEqual([]);
  });
}
