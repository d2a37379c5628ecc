// The explorer's journeys in a real browser over the five seeds: search "bo y te" from the
// keyboard, open the Ministry of Health, see its two directives due 2025-06-30 and 2025-09-30,
// open one and read its source sentence, open the graph view and click through to the meeting;
// sort the agencies table; follow the 2025 merger; ask a question.
import { AS_OF, shot, viewReady, type SessionHandle } from './session';

export function journeyTests(session: SessionHandle): void {
  test('search, agency, directive source, graph, meeting — by keyboard and mouse, offline', async () => {
    const { page, baseUrl, browser, pageErrors } = session.get();
    await page.goto(`${baseUrl}/#/?asOf=${AS_OF}`);
    await viewReady(page, '#/');
    await page.locator('#agencies-table').waitFor();
    await shot(page, '1-home');

    // Search from the keyboard: focus the box, type without diacritics, Enter submits.
    await page.focus('#search-input');
    await page.keyboard.type('bo y te');
    await page.keyboard.press('Enter');
    await viewReady(page, '#/search');
    const hit = page.locator('#search-results a', { hasText: 'Bộ Y tế' }).first();
    await expect(hit.textContent()).resolves.toBe('Bộ Y tế');
    await shot(page, '2-search');

    await hit.click();
    await viewReady(page, '#/agency/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Bộ Y tế');
    const led = page.locator('#led article.directive');
    await expect(led.count()).resolves.toBe(2);
    await expect(led.locator('.deadline').allTextContents()).resolves.toEqual(['due 2025-06-30', 'due 2025-09-30']);
    // The timeline has a dot for each, and on 2025-07-01 the June deadline is overdue.
    await expect(page.locator('svg.timeline a.dot').evaluateAll((dots) => dots.map((d) => d.getAttribute('data-deadline')))).resolves.toEqual(['2025-06-30', '2025-09-30']);
    await expect(led.first().locator('.badge').textContent()).resolves.toBe('overdue');
    await shot(page, '3-agency');

    // Open the first directive and read its source sentence.
    await led.first().locator('.directive-text a').click();
    await viewReady(page, '#/directive/');
    const sentence = await page.locator('blockquote.source-sentence').textContent();
    expect(sentence).toContain('Bộ Y tế được giao hoàn thành các công việc để triển khai bệnh án điện tử trong 6 tháng đầu năm');
    const meetingHref = await page.locator('#meeting-link').getAttribute('href');
    expect(meetingHref).toMatch(/^#\/meeting\//);
    await shot(page, '4-directive');

    // The graph of the directive's neighbourhood: a click on the meeting node selects it, and
    // the panel under the canvas links to its page.
    await page.locator('a.graph-link').click();
    await viewReady(page, '#/graph/directive/');
    const canvas = page.locator('#graph-canvas');
    await page.waitForFunction(() => document.getElementById('graph-canvas')?.dataset.nodePositions !== undefined);
    const meetingId = decodeURIComponent(meetingHref!.replace('#/meeting/', ''));
    const positions = JSON.parse((await canvas.getAttribute('data-node-positions'))!) as Record<string, { x: number; y: number }>;
    expect(Object.keys(positions)).toContain(meetingId);
    await shot(page, '5-graph');
    const box = (await canvas.boundingBox())!;
    await page.mouse.click(box.x + positions[meetingId].x, box.y + positions[meetingId].y);
    const open = page.locator('#graph-open-selected');
    await expect(open.getAttribute('href')).resolves.toBe(meetingHref);
    await open.click();
    await viewReady(page, '#/meeting/');
    expect(page.url()).toContain(meetingHref);
    await expect(page.locator('#chairs').textContent()).resolves.toContain('Phạm Minh Chính');
    await expect(page.locator('#directives article.directive').count()).resolves.toBeGreaterThan(3);
    await shot(page, '6-meeting');

    expect(pageErrors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });

  test('the agencies table sorts by any column from the keyboard and follows the chosen date', async () => {
    const { page, baseUrl } = session.get();
    await page.goto(`${baseUrl}/#/?asOf=2025-01-01`);
    // A fresh document (a hash change alone keeps the old focus).
    await page.reload();
    await viewReady(page, '#/');
    // The first Tab reaches the skip link; Enter on it moves focus to the content, not the route.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => [document.activeElement?.id, location.hash])).resolves.toEqual(['main', '#/?asOf=2025-01-01']);
    const overdueColumn = async () => page.locator('#agencies-table tbody tr td:nth-child(5)').allTextContents();
    // Before the deadlines of 2025 nothing from the 2025-02-06 meeting is overdue.
    await page.locator('button[data-sort="overdue"]').focus();
    await page.keyboard.press('Enter');
    const sorted = (await overdueColumn()).map(Number);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
    await page.keyboard.press('Enter');
    const ascending = (await overdueColumn()).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.fill('#as-of', '2025-10-01');
    await page.keyboard.press('Enter');
    await viewReady(page, '#/?asOf=2025-10-01');
    const moh = page.locator('#agencies-table tbody tr', { hasText: 'Bộ Y tế' });
    // Both Ministry of Health deadlines (June and September 2025) have passed on 2025-10-01.
    await expect(moh.locator('td:nth-child(5)').textContent()).resolves.toBe('2');
    await shot(page, '7-agencies-2025-10-01');
  });

  test('the 2025 merger: the labour ministry links to its successor, which shows what it inherited; ask answers', async () => {
    const { page, baseUrl, browser, pageErrors } = session.get();
    await page.goto(`${baseUrl}/#/agency/${encodeURIComponent('agy:bo-lao-dong-thuong-binh-va-xa-hoi')}?asOf=${AS_OF}`);
    await viewReady(page, '#/agency/');
    const merger = page.locator('section.succession');
    await expect(merger.textContent()).resolves.toBe('MergersSucceeded by Bộ Nội vụ from 2025-03-01.');
    await merger.locator('a', { hasText: 'Bộ Nội vụ' }).click();
    await viewReady(page, '#/agency/');
    await expect(page.locator('section.succession').textContent()).resolves.toContain('Took over the duties of: Bộ Lao động - Thương binh và Xã hội (from 2025-03-01)');
    const inherited = page.locator('#inherited article.directive');
    expect(await inherited.count()).toBeGreaterThan(0);
    await expect(page.locator('#inherited').textContent()).resolves.toContain('Assigned to Bộ Lao động - Thương binh và Xã hội');
    await shot(page, '8-successor');

    // The ask box, from the keyboard, in Vietnamese.
    await page.focus('#ask-input');
    await page.keyboard.type('Thủ tướng giao Bộ Y tế những nhiệm vụ gì');
    await page.keyboard.press('Enter');
    await viewReady(page, '#/ask');
    await expect(page.locator('main .answer').textContent()).resolves.toMatch(/^2 /);
    await expect(page.locator('main article.directive .deadline').allTextContents()).resolves.toEqual(['due 2025-06-30', 'due 2025-09-30']);
    await shot(page, '9-ask');
    expect(pageErrors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
}
