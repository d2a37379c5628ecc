# The API image for docker-compose.yml: built from the lock file, stateless at run time (all
# data lives in Neo4j), so any number of copies can run behind a load balancer.
FROM node:20-slim
WORKDIR /app
COPY . .
# `npm ci` runs the prepare script, which compiles src/ to dist/; then the explorer page is
# bundled and the build tools are dropped.
# fs-ext (the embedded store's flock) is a native addon built by node-gyp at install time.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
RUN npm ci && npm run --if-present build:explorer && npm prune --omit=dev
ENV NODE_ENV=production STORE=neo4j HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# `start` ingests seeds/ (a no-op when already there: ids are deterministic), then serves.
CMD ["node", "bin/minutes-graph.js", "start"]
