// The official's and the meeting's pages: directives filtered and ten to a page; the ask box
// answers "nothing matched" as an answer, not a success; header boxes clear on navigation.
import { shot, viewReady, type SessionHandle } from './session';

const PMC = `#/official/${encodeURIComponent('off:pham-minh-chinh')}?asOf=2025-07-01`;

export function pageTests(session: SessionHandle, meetingId: () => Promise<string>): void {
  test("the official's directives page by ten and filter by state and by who is in charge", async () => {
    const { page, baseUrl } = session.get();
    await page.goto(`${baseUrl}/${PMC}`);
    await viewReady(page, '#/official/');
    const total = Number((await page.locator('#issued h2').textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(10);
    const cards = page.locator('#issued article.directive');
    await expect(cards.count()).resolves.toBe(10);
    const firstPage = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-directive-id')));
    await page.locator('#issued-bottom-next').click();
    await expect(page.locator('#issued-count').textContent()).resolves.toBe(`Directives 11–${Math.min(20, total)} of ${total}.`);
    const secondPage = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-directive-id')));
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);

    // Only Bộ Y tế's: its two directives, on one page, whatever page the reader was on.
    await page.locator('#issued-party').selectOption('agy:bo-y-te');
    await expect(page.locator('#issued-count').textContent()).resolves.toBe(`2 directives of ${total} match.`);
    await expect(cards.locator('.deadline').allTextContents()).resolves.toEqual(['due 2025-06-30', 'due 2025-09-30']);
    await page.locator('#issued-role').selectOption('coordinator');
    await expect(page.locator('#issued-count').textContent()).resolves.toBe('No directive matches these filters.');
    await expect(page.locator('#issued-count').getAttribute('class')).resolves.toBe('note');
    await shot(page, 'official-filtered');
    await page.locator('#issued-clear').click();
    await expect(cards.count()).resolves.toBe(10);

    await page.locator('#issued-state').selectOption('overdue');
    const overdue = await cards.locator('.badge').allTextContents();
    expect(overdue.length).toBeGreaterThan(0);
    expect(new Set(overdue)).toEqual(new Set(['overdue']));
  });

  test("the meeting's directives keep their report order numbers through a filter", async () => {
    const { page, baseUrl } = session.get();
    await page.goto(`${baseUrl}/#/meeting/${encodeURIComponent(await meetingId())}?asOf=2025-07-01`);
    await viewReady(page, '#/meeting/');
    await page.locator('#directives-party').selectOption('agy:bo-y-te');
    const numbers = (await page.locator('#directives article.directive .ordinal').allTextContents()).map((n) => Number.parseInt(n, 10));
    expect(numbers).toHaveLength(2);
    expect(numbers[0]).toBeLessThan(numbers[1]);
  });

  test('ask: nothing matched is an answer, not a success; the boxes empty on another page', async () => {
    const { page, baseUrl } = session.get();
    await page.goto(`${baseUrl}/#/?asOf=2025-07-01`);
    await viewReady(page, '#/');
    await page.fill('#ask-input', 'what is due by January 2020');
    await page.keyboard.press('Enter');
    await viewReady(page, '#/ask');
    await expect(page.locator('main [role=status]').first().getAttribute('class')).resolves.toBe('answer empty');
    await page.fill('#search-input', 'bo y te');
    await page.keyboard.press('Enter');
    await viewReady(page, '#/search');
    // The search page shows its question; the ask box no longer shows the old one.
    await expect(page.inputValue('#ask-input')).resolves.toBe('');
    await expect(page.inputValue('#search-input')).resolves.toBe('bo y te');
    await page.locator('#search-results a', { hasText: 'Bộ Y tế' }).first().click();
    await viewReady(page, '#/agency/');
    await expect(page.inputValue('#search-input')).resolves.toBe('');
    await page.goBack();
    await viewReady(page, '#/search');
    await expect(page.inputValue('#search-input')).resolves.toBe('bo y te');
  });
}
