#!/usr/bin/env node
// Run after `npm test`: says whether the Neo4j live suite ran, since Jest shows nothing for a
// file whose tests are all skipped.
if (process.env.NEO4J_URI) {
  console.log(`Neo4j live suite: ran against ${process.env.NEO4J_URI}`);
} else {
  console.log('Neo4j live suite: skipped (no NEO4J_URI). Run `docker compose up -d neo4j` and `NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=... npm run test:neo4j` to check the adapter against a real server.');
}
