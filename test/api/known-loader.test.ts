// KnownLoader batches as DataLoader does and, once a batch has returned a key, answers it with
// the value itself; clear() forgets it again (a curation clears its directive's records).
import { allOf, andThen, KnownLoader } from '../../src/api/known-loader';

function recorded() {
  const batches: string[][] = [];
  const loader = new KnownLoader<string, { name: string } | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((k) => (k === 'missing' ? null : { name: k.toUpperCase() }));
  });
  return { loader, batches };
}

test('a key is a promise until its batch returns, then the value itself', async () => {
  const { loader, batches } = recorded();
  const first = loader.get('a');
  expect(first).toBeInstanceOf(Promise);
  expect(loader.get('b')).toBeInstanceOf(Promise);
  await first;
  expect(batches).toEqual([['a', 'b']]);
  expect(loader.get('a')).toEqual({ name: 'A' });
  expect(loader.get('b')).toEqual({ name: 'B' });
  expect(loader.get('a')).toBe(await loader.load('a'));
});

test('a missing node (null) is known too, and clear() makes the key load again', async () => {
  const { loader, batches } = recorded();
  await loader.load('missing');
  expect(loader.get('missing')).toBeNull();
  loader.clear('missing');
  const again = loader.get('missing');
  expect(again).toBeInstanceOf(Promise);
  expect(await again).toBeNull();
  expect(batches).toEqual([['missing'], ['missing']]);
});

test.each([
  ['values', [1, 2], false],
  ['a promise among values', [1, Promise.resolve(2)], true],
])('allOf of %s is a promise only when one of them is', async (_name, values, isPromise) => {
  const all = allOf(values);
  expect(all instanceof Promise).toBe(isPromise);
  expect(await all).toEqual([1, 2]);
});

test('andThen applies at once to a value and after a promise resolves', async () => {
  expect(andThen(2, (n) => n * 3)).toBe(6);
  const later = andThen(Promise.resolve(2), (n) => n * 3);
  expect(later).toBeInstanceOf(Promise);
  expect(await later).toBe(6);
});

test('fetchKnown asks only for unknown keys, in one call, and later loads ask nothing', async () => {
  const { loader, batches } = recorded();
  await loader.load('a');
  await loader.fetchKnown(['a', 'b', 'c']);
  expect(batches).toEqual([['a'], ['b', 'c']]);
  expect(loader.get('c')).toEqual({ name: 'C' });
  expect(await loader.loadMany(['a', 'b', 'c'])).toEqual([{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
  await loader.fetchKnown(['b']);
  expect(batches).toEqual([['a'], ['b', 'c']]);
});

test('a failed fetchKnown throws and leaves its keys to be loaded (and fail) again', async () => {
  let calls = 0;
  const loader = new KnownLoader<string, { name: string } | null>(async () => {
    calls += 1;
    throw new Error('store unavailable');
  });
  await expect(loader.fetchKnown(['a'])).rejects.toThrow('store unavailable');
  await expect(loader.load('a')).rejects.toThrow('store unavailable');
  expect(calls).toBe(2);
});
