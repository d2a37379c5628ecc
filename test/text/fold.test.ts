// fold() looks characters up in a table instead of normalising; it must give what the
// normalising definition gives for any string, whichever path it takes.
import { fold, foldByNormalising } from '../../src/text/fold';

describe('fold', () => {
  it('agrees with the definition on every BMP character, alone and between letters', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, ` ${ch}`, `${ch}\u0301`]) if (fold(s) !== foldByNormalising(s)) bad.push(s);
    }
    expect(bad).toEqual([]);
  });

  it('agrees with the definition on every BMP character inside a longer text (the buffered path)', () => {
    const bad: string[] = [];
    const around = 'Ủy ban nhân dân tỉnh Đắk Lắk, ';
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`${around}${ch}`, `${ch}${around}`, `${around}x${ch}y ${around}`]) if (fold(s) !== foldByNormalising(s)) bad.push(s);
    }
    expect(bad).toEqual([]);
  });

  it('agrees with the definition on every pair of Latin letters, marks and punctuation', () => {
    const chars: string[] = [];
    for (let c = 0; c < 0x250; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x300; c < 0x370; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x1e00; c < 0x1f00; c++) chars.push(String.fromCharCode(c));
    for (let c = 0x2000; c < 0x2070; c++) chars.push(String.fromCharCode(c));
    const bad: string[] = [];
    for (const a of chars) for (const b of chars) if (fold(a + b) !== foldByNormalising(a + b)) bad.push(a + b);
    expect(bad).toEqual([]);
  });

  it('folds Vietnamese names and phrases, NFC or NFD', () => {
    for (const s of ['Ủy ban nhân dân tỉnh Đắk Lắk', 'Uỷ ban', '  Bộ  Kế hoạch & Đầu tư. ', 'Thủ tướng Chính phủ'.normalize('NFD'), 'TP.HCM', '']) {
      expect(fold(s)).toBe(foldByNormalising(s));
    }
    expect(fold('Ủy ban nhân dân tỉnh Đắk Lắk')).toBe('uy ban nhan dan tinh dak lak');
  });
});
