// The VNI-Windows table: every Vietnamese letter round-trips, and independent VNI samples (as
// they look when a VNI-Times document is read as Windows-1252) decode to the right text.
import { decodeVni, encodeVni, VNI_ENCODE_TABLE } from '../../../src/extract/document/encodings/vni';

const VOWELS = 'aăâeêioôơuưy';
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const LOWER_LETTERS = [...VOWELS].flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))).concat('đ');
const ALL_LETTERS = LOWER_LETTERS.concat(LOWER_LETTERS.map((l) => l.toUpperCase()));

describe('VNI table', () => {
  it('covers all 134 Vietnamese letters with a diacritic (67 lower, 67 upper)', () => {
    const withDiacritic = ALL_LETTERS.filter((l) => !/^[a-zA-Z]$/.test(l));
    expect(withDiacritic).toHaveLength(134);
    expect([...VNI_ENCODE_TABLE.keys()].sort()).toEqual([...withDiacritic].sort());
  });

  it.each(ALL_LETTERS)('round-trips %s, alone and inside a word', (letter) => {
    expect(decodeVni(encodeVni(letter))).toBe(letter);
    const word = `ng${letter}n`;
    expect(decodeVni(encodeVni(word))).toBe(word);
  });

  it.each([
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Boä Keá hoaïch vaø Ñaàu tö', 'Bộ Kế hoạch và Đầu tư'],
    ['Thuû töôùng Chính phuû', 'Thủ tướng Chính phủ'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
    ['ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
    ['Aên uoáng, khuyeán khích, ngöôøi daân, thuôû aáy', 'Ăn uống, khuyến khích, người dân, thuở ấy'],
  ])('decodes "%s"', (vni, unicode) => {
    expect(decodeVni(vni)).toBe(unicode);
  });

  it('accepts a capital with a lower-case mark, as mixed fonts produce', () => {
    expect(decodeVni('Aâp Baéc')).toBe('Âp Bắc');
  });

  it('leaves ASCII untouched', () => {
    expect(decodeVni('UBND, 86/193, VNeID')).toBe('UBND, 86/193, VNeID');
  });
});
