// GraphiQL on a closed network: the editor comes from the server itself (no CDN), renders and
// runs the example query, and nothing is requested from any host but the test server.
import type { SessionHandle } from './session';
import { shot } from './session';

export function graphiqlTests(session: SessionHandle): void {
  test('GraphiQL renders its editor from the server alone and runs the example query', async () => {
    const { page, baseUrl, browser } = session.get();
    await page.goto(`${baseUrl}/graphql`);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response');
    await response.getByText('"totalCount"').waitFor();
    await shot(page, 'graphiql');
    expect(browser.foreignRequests).toEqual([]);
  });
}
