// The syllable grammar that picks among candidate decodings.
import { isVietnameseSyllable, scoreSyllables } from '../../../src/extract/document/encodings/vietnamese-syllable';

describe('Vietnamese syllables', () => {
  it.each(['Thủ', 'tướng', 'Chính', 'phủ', 'nghiêng', 'khuyến', 'người', 'Ủy', 'uỷ', 'hoà', 'hòa', 'quyết', 'giữa', 'chuyển', 'đổi', 'số', 'Nguyễn', 'oanh', 'trường', 'xoong', 'kỷ', 'nghề', 'ghi', 'gì', 'giữ', 'kiến'])(
    '%s is a syllable', (s) => expect(isVietnameseSyllable(s)).toBe(true),
  );
  it.each(['Céng', 'cên', 'ghan', 'kưa', 'héi', 'chñ', 'ViÖt', 'tÆ°á', 'Coäng', 'hoøa', 'VNeID', 'ASEAN', 'internet', 'tốcs', 'hoàng̀', 'cập̀'])(
    '%s is not', (s) => expect(isVietnameseSyllable(s)).toBe(false),
  );
  it('closes stops only with sắc or nặng ("học" yes, "hòc" no)', () => {
    expect(isVietnameseSyllable('học')).toBe(true);
    expect(isVietnameseSyllable('hòc')).toBe(false);
  });
  it('scores a seed sentence nearly all valid, its TCVN3 mojibake mostly not', () => {
    expect(scoreSyllables('Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương triển khai').share).toBe(1);
    expect(scoreSyllables('Thñ t\u00adíng ChÝnh phñ yªu cÇu c¸c bé, ngµnh khÈn tr\u00ad¬ng triÓn khai').share).toBeLessThan(0.5);
  });
});
