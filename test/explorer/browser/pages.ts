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

/** The language switch; it ends in English, as the other tests expect (the choice is remembered). */
export function localeTests(session: SessionHandle): void {
  test('the VI/EN switch: Vietnamese labels and dd/mm/yyyy dates throughout, no ISO date left; back to English', async () => {
    const { page, baseUrl } = session.get();
    await page.goto(`${baseUrl}/#/agency/${encodeURIComponent('agy:bo-y-te')}?asOf=2025-07-01`);
    await viewReady(page, '#/agency/');
    await page.locator('#locale-switch').click();
    await viewReady(page, '#/agency/');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('vi');
    await expect(page.locator('#led article.directive .deadline').allTextContents()).resolves.toEqual(['hạn 30/06/2025', 'hạn 30/09/2025']);
    await expect(page.locator('#led article.directive .badge').first().textContent()).resolves.toBe('quá hạn');
    await expect(page.locator('label[for=search-input]').textContent()).resolves.toBe('Tìm kiếm');
    const isoDates = (text: string) => text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [];
    expect(isoDates(await page.locator('main').innerText())).toEqual([]);
    await shot(page, 'agency-vi');

    // The day box speaks the same language, and takes a day written either way.
    await page.goto(`${baseUrl}/#/?asOf=2025-07-01`);
    await viewReady(page, '#/');
    await expect(page.inputValue('#as-of')).resolves.toBe('01/07/2025');
    expect(isoDates(await page.locator('main').innerText())).toEqual([]);
    await page.fill('#as-of', '1/10/2025');
    await page.keyboard.press('Enter');
    await viewReady(page, '#/?asOf=2025-10-01');
    await page.reload();
    await viewReady(page, '#/');
    // Remembered across a reload.
    await expect(page.locator('h2#agencies-heading').textContent()).resolves.toBe('Ai phải làm gì');

    await page.locator('#locale-switch').click();
    await viewReady(page, '#/');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.inputValue('#as-of')).resolves.toBe('2025-10-01');
    await expect(page.locator('h2#agencies-heading').textContent()).resolves.toBe('Who owes what');
  });
}
