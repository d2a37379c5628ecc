// The hostile load of event-loop.test.ts, sent from its own process so that building a 9 MB
// body and receiving 20 exports never runs on the event loop being measured. Prints one JSON
// line: each export's status, the list request's status, its error code and time.
const { request } = require('node:http');

const port = Number(process.argv[2]);

function get(path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function bigList() {
  const body = JSON.stringify({
    query: 'query($k: [EntityKind!]) { search(text: "Bộ", kinds: $k) { totalCount } }',
    variables: { k: Array.from({ length: 1_000_000 }, () => 'AGENCY') },
  });
  const started = performance.now();
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await r.text();
  return { status: r.status, code: /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? null, ms: Math.round(performance.now() - started), bytes: body.length };
}

(async () => {
  const [exports, list] = await Promise.all([Promise.all(Array.from({ length: 20 }, () => get('/export/popolo'))), bigList()]);
  process.stdout.write(`${JSON.stringify({ exports, list })}\n`);
})();
