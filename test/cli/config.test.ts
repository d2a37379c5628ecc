import { portFrom, storeConfigFrom } from '../../src/cli/config';
import { UsageError } from '../../src/cli/io';

describe('storeConfigFrom: --data beats MINUTES_GRAPH_DATA beats ./data', () => {
  test.each([
    [{}, {}, '/work/data'],
    [{}, { MINUTES_GRAPH_DATA: '/srv/graph' }, '/srv/graph'],
    [{ data: 'mine' }, { MINUTES_GRAPH_DATA: '/srv/graph' }, '/work/mine'],
    [{ data: '/abs/dir' }, {}, '/abs/dir'],
  ])('options %j env %j → %s', (options, env, dir) => {
    expect(storeConfigFrom(options, env, '/work')).toEqual({ kind: 'embedded', dir });
  });

  test('STORE=neo4j reads the connection from the environment', () => {
    expect(storeConfigFrom({}, { STORE: 'neo4j', NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' }, '/w')).toEqual({
      kind: 'neo4j',
      uri: 'bolt://db:7687',
      user: 'u',
      password: 'p',
      database: undefined,
    });
  });

  test.each([
    [{ STORE: 'neo4j' }, /NEO4J_URI/],
    [{ STORE: 'postgres' }, /"postgres"/],
  ])('%j is refused with a message naming the problem', (env, message) => {
    expect(() => storeConfigFrom({}, env, '/w')).toThrow(UsageError);
    expect(() => storeConfigFrom({}, env, '/w')).toThrow(message);
  });
});

describe('portFrom: --port beats PORT beats 4000', () => {
  test.each([
    [{}, {}, 4000],
    [{}, { PORT: '8080' }, 8080],
    [{ port: '0' }, { PORT: '8080' }, 0],
  ])('options %j env %j → %d', (options, env, port) => {
    expect(portFrom(options, env)).toBe(port);
  });

  test.each(['-1', '65536', 'http', '80.5'])('"%s" is refused, quoted', (bad) => {
    expect(() => portFrom({ port: bad }, {})).toThrow(`"${bad}"`);
  });
});
