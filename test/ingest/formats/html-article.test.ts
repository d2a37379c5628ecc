// Saved web pages: the article's own text, title and date, never the site's chrome. Each seed
// inside a page with menus, adverts, a share bar, related links and a sidebar gives its
// plain-text directives and none of the directive-like sentences the chrome holds.
import { normalizeText } from '../../../src/extract/document/normalize';
import { readDocument } from '../../../src/extract/document/read-document';
import { extract } from '../../../src/extract/pipeline';
import { fold } from '../../../src/text/fold';
import { directiveRecall } from './support/compare-directives';
import { CHROME_SENTENCES, newsPage } from './support/news-page';
import { seedReports } from './support/seeds';

const SEEDS = seedReports();
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

describe('a seed report saved as a news page', () => {
  test.each(SEEDS.map((s) => [s.file, s] as const))('%s gives ≥ 90%% of its plain-text directives and nothing from the chrome', async (_file, seed) => {
    const [headline, ...body] = lines(seed.text);
    const read = await readDocument(Buffer.from(newsPage(headline, body)));
    expect(read).toMatchObject({ ok: true, format: 'html', title: headline });
    if (!read.ok) return;
    for (const chrome of [...CHROME_SENTENCES, 'Vay tiêu dùng', 'Giá vàng hôm nay', 'Trang chủ', 'Chia sẻ Facebook', 'Cơ quan chủ quản', 'Bình luận', 'Tin liên quan']) {
      expect(fold(read.text)).not.toContain(fold(chrome));
    }
    const fromPage = extract({ text: normalizeText(read.text).text, published: seed.published });
    const plain = extract({ text: normalizeText(seed.text).text, published: seed.published });
    const recall = directiveRecall(plain, fromPage);
    expect(recall.share >= 0.9 ? 'at least 90%' : recall.missing).toBe('at least 90%');
    expect(fromPage.directives.length).toBeLessThanOrEqual(plain.directives.length);
  });
});

describe("the page's own title and date", () => {
  const body = lines(SEEDS[1].text).slice(1);
  test.each<[string, { head?: string; dateline?: string }, string, string | null]>([
    ['og:title and article:published_time (with its time zone)', { head: '<meta property="og:title" content="Kết luận phiên họp thứ 10"><meta property="article:published_time" content="2025-02-06T09:15:00+07:00">' }, 'Kết luận phiên họp thứ 10', '2025-02-06'],
    ['a UTC time late in the evening is the next day in Vietnam', { head: '<meta property="article:published_time" content="2025-02-05T18:30:00Z">' }, 'Tiêu đề trang', '2025-02-06'],
    ['JSON-LD datePublished inside an @graph', { head: '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-02-07T08:00:00+07:00"}]}</script>' }, 'Tiêu đề trang', '2025-02-07'],
    ['a broken JSON-LD block is skipped for the dateline', { head: '<script type="application/ld+json">{"datePublished": </script>', dateline: 'Thứ Năm, 06/02/2025 14:30 (GMT+7)' }, 'Tiêu đề trang', '2025-02-06'],
    ['no metadata at all', {}, 'Tiêu đề trang', null],
  ])('%s', async (_name, options, title, published) => {
    const read = await readDocument(Buffer.from(newsPage('Tiêu đề trang', body, options)));
    expect(read).toMatchObject({ ok: true, format: 'html', title, published });
  });
});

describe('HTML that is not a whole page', () => {
  test('markup pasted into a text report is still reduced to its text, not run through Readability', async () => {
    const read = await readDocument(Buffer.from('Thủ tướng giao <b>Bộ Y tế</b> hoàn thành bệnh án điện tử trong tháng 9.<br>Bộ KH&amp;ĐT tổng hợp.'));
    expect(read).toMatchObject({ ok: true, format: 'text' });
  });

  test('a page whose body is only a script is refused as having no article', async () => {
    const read = await readDocument(Buffer.from('<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>'));
    expect(read).toMatchObject({ ok: false, code: 'NO_ARTICLE' });
  });
});
