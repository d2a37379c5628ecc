import { crc32Fallback, crc32Hex } from '../../src/store/embedded/crc32';
import { encodeFrame, recordBody, scanFrames } from '../../src/store/embedded/framing';

const frame = (text: string) => encodeFrame(recordBody(text));

describe('log record framing', () => {
  test('the CRC fallback agrees with zlib (and the check value of "123456789")', () => {
    expect(crc32Fallback(Buffer.from('123456789'))).toBe('cbf43926');
    for (const text of ['', 'Bộ Y tế', '{"t":"doc"}'.repeat(50)]) expect(crc32Fallback(Buffer.from(text))).toBe(crc32Hex(Buffer.from(text)));
  });

  test('complete records read back with offsets, lengths and identities', () => {
    const a = frame('{"n":"Bộ Y tế"}');
    const b = frame('{"n":"Bộ Công an"}');
    const scan = scanFrames(Buffer.concat([a, b]));
    expect(scan.kind).toBe('ok');
    expect(scan.frames.map((f) => [f.offset, f.length, f.payload()])).toEqual([
      [0, a.length, '{"n":"Bộ Y tế"}'],
      [a.length, b.length, '{"n":"Bộ Công an"}'],
    ]);
    expect(scan.frames[0].identity).toBe(recordBody('{"n":"Bộ Y tế"}').identity);
  });

  test.each([
    ['cut inside the body', (a: Buffer, b: Buffer) => Buffer.concat([a, b.subarray(0, b.length - 5)])],
    ['cut inside the header', (a: Buffer, b: Buffer) => Buffer.concat([a, b.subarray(0, 6)])],
    ['full length but zeros where the data should be', (a: Buffer, b: Buffer) => Buffer.concat([a, b.subarray(0, 30), Buffer.alloc(b.length - 30)])],
    ['followed by zero bytes', (a: Buffer, b: Buffer) => Buffer.concat([a, b, Buffer.alloc(100)])],
  ])('a torn tail (%s) keeps the complete records', (_name, make) => {
    const a = frame('{"n":1}');
    const b = frame('{"n":2,"text":"trong 6 tháng đầu năm"}');
    const scan = scanFrames(make(a, b));
    expect(scan.kind === 'torn' || scan.kind === 'ok').toBe(true);
    expect(scan.frames[0].payload()).toBe('{"n":1}');
    if (scan.kind === 'torn') expect(scan.end).toBe(_name === 'followed by zero bytes' ? a.length + b.length : a.length);
  });

  test('a damaged record with data after it is corrupt, at its offset', () => {
    const a = frame('{"n":1}');
    const b = frame('{"n":2}');
    const damaged = Buffer.concat([a, b, frame('{"n":3}')]);
    damaged[a.length + b.length - 3] = 0x39; // a digit inside record 2's body
    const scan = scanFrames(damaged);
    expect(scan).toMatchObject({ kind: 'corrupt', offset: a.length, reason: 'checksum mismatch' });
  });
});
