// A saved news page around a report, with the chrome real Vietnamese news sites carry: a menu,
// a breadcrumb, a share bar, an advert, a "most read" sidebar and a "related articles" block
// inside the article container, a comment form and a footer. The chrome deliberately holds
// sentences that read like directives, so any of it leaking into the text shows up as an extra
// directive or assignee.

export const CHROME_SENTENCES = [
  'Thủ tướng giao Bộ Tài chính khẩn trương rà soát giá xăng dầu trong tháng 12.',
  'Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải sửa chữa quốc lộ trước ngày 30/6.',
  'Phó Thủ tướng chỉ đạo Bộ Nông nghiệp và Môi trường ứng phó bão số 3 ngay trong tuần.',
];

export interface PageMetaOptions {
  /** Tags for <head>: Open Graph, article meta, JSON-LD… */
  head?: string;
  /** A dateline element above the article. */
  dateline?: string;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function newsPage(title: string, paragraphs: readonly string[], options: PageMetaOptions = {}): string {
  const [c1, c2, c3] = CHROME_SENTENCES.map(escapeHtml);
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Báo Điện tử Thời sự</title>
${options.head ?? ''}
<script>window.dataLayer=[];function gtag(){dataLayer.push(arguments)}</script>
<style>.menu li{display:inline}</style></head>
<body>
<header class="site-header"><div class="logo"><a href="/">Thời sự</a></div>
<ul class="menu main-menu"><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/thoi-su">Thời sự</a></div>
<div class="banner ads-top"><a href="https://ads.example/"><img src="/ad.png" alt="Quảng cáo"> Vay tiêu dùng lãi suất 0%, giải ngân trong ngày</a></div>
<main class="container">
<div class="detail-content">
<h1 class="title-detail">${escapeHtml(title)}</h1>
${options.dateline ? `<div class="date-time">${escapeHtml(options.dateline)}</div>` : ''}
<div class="social-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
<article class="article-body">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
<div class="box-tin-lien-quan related-news"><h3>Tin liên quan</h3><ul>
<li><a href="/a1">${c1}</a></li><li><a href="/a2">${c2}</a></li></ul></div>
<div class="tags"><a href="/tag/chuyen-doi-so">chuyển đổi số</a> <a href="/tag/chinh-phu">Chính phủ</a></div>
<div class="comment-box"><h3>Bình luận</h3><form><textarea></textarea><button>Gửi</button></form></div>
</div>
<aside class="sidebar"><h3>Đọc nhiều</h3><ol><li><a href="/b1">${c3}</a></li><li><a href="/b2">Giá vàng hôm nay tăng mạnh</a></li></ol>
<div class="ads"><img src="/ad2.png" alt="Khuyến mãi"></div></aside>
</main>
<footer class="site-footer"><p>Cơ quan chủ quản: Báo Điện tử Thời sự. Giấy phép số 123/GP-BTTTT. Địa chỉ: số 1 phố Lý Thường Kiệt, Hà Nội.</p><p>© 2025 Bản quyền thuộc về Thời sự.</p></footer>
</body></html>`;
}
