// The fixed cost of one request through yoga.fetch: a bare yoga answering `{ hello }`
// in-process. The graphql-js floor has no request to parse and no response to write, so this
// is reported beside it to separate transport from resolver work.
import { createSchema, createYoga } from 'graphql-yoga';
import { percentile, round, timeRuns } from '../stats';

export async function bareYogaInProcessP50(iterations: number): Promise<number> {
  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
    graphiql: false,
    logging: false,
  });
  const body = JSON.stringify({ query: '{ hello }' });
  const samples = await timeRuns(
    async () => {
      const response = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return response.text();
    },
    iterations,
    Math.min(200, iterations),
  );
  return round(percentile(samples, 50), 3);
}
