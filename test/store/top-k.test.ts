import { TopK } from '../../src/store/memory-index/top-k';

describe('TopK', () => {
  const byNumber = (a: number, b: number) => a - b;
  test.each([
    [3, [5, 1, 4, 1, 9, 2, 6], [1, 1, 2]],
    [3, [9, 8, 7, 6, 5, 4], [4, 5, 6]],
    [10, [3, 2, 1], [1, 2, 3]],
    [0, [3, 2, 1], []],
  ])('k=%d of %j → %j', (k, input, expected) => {
    const top = new TopK<number>(k, byNumber);
    input.forEach((n) => top.offer(n));
    expect(top.sorted()).toEqual(expected);
  });

  test('large k (collect and sort) agrees with a full sort', () => {
    const input = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009);
    const top = new TopK<number>(500, byNumber);
    input.forEach((n) => top.offer(n));
    expect(top.sorted()).toEqual([...input].sort(byNumber).slice(0, 500));
  });
});
