// The directive-page cache: one computation per key and generation, a new generation forgets
// every answer, and past its capacity the least recently asked answer goes first.
import { QueryCache } from '../../src/store/memory-index/query-cache';

function countingCache(capacity: number) {
  const computed: string[] = [];
  const cache = new QueryCache<string>(capacity);
  const ask = (key: string, generation: string) => cache.get(key, generation, () => (computed.push(`${key}@${generation}`), `${key}@${generation}`));
  return { cache, computed, ask };
}

test.each([
  ['the same key and generation', [['a', '1'], ['a', '1'], ['a', '1']], ['a@1']],
  ['two keys of one generation', [['a', '1'], ['b', '1'], ['a', '1'], ['b', '1']], ['a@1', 'b@1']],
  ['a write in between (new generation)', [['a', '1'], ['a', '2'], ['a', '2']], ['a@1', 'a@2']],
  ['an old generation again is not trusted', [['a', '1'], ['a', '2'], ['a', '1']], ['a@1', 'a@2', 'a@1']],
])('%s', (_name, asks, expected) => {
  const { computed, ask } = countingCache(8);
  for (const [key, generation] of asks) expect(ask(key, generation)).toBe(`${key}@${generation}`);
  expect(computed).toEqual(expected);
});

test('past its capacity the least recently asked answer is computed again', () => {
  const { cache, computed, ask } = countingCache(2);
  ask('a', '1');
  ask('b', '1');
  ask('a', '1'); // a is now the most recent
  ask('c', '1'); // evicts b
  ask('a', '1');
  ask('b', '1');
  expect(computed).toEqual(['a@1', 'b@1', 'c@1', 'b@1']);
  expect(cache.size).toBe(2);
});
