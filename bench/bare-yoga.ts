// The HTTP baseline: a bare graphql-yoga server on the same Node answering a trivial query.
// `node bench/out/bare-yoga.js PORT`
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
  graphiql: false,
  logging: false,
});
const port = Number(process.argv[2]);
createServer(yoga).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
