// Lints Cypher statements outside Jest's module sandbox, where the parser runs about three
// times faster. Input on stdin: JSON [{ text, parameters: string[] }]; output on stdout: JSON
// string[][] of diagnostics, one list per statement. Schema: argv[2] as JSON.
'use strict';
const { lintCypherQuery } = require('@neo4j-cypher/language-support');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const schema = JSON.parse(process.argv[2]);
  const out = JSON.parse(input).map(({ text, parameters }) => {
    // The linter reads parameter names only; the values do not matter.
    const declared = Object.fromEntries(parameters.map((name) => [name, null]));
    return lintCypherQuery(text, { ...schema, parameters: declared }).map(
      (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`,
    );
  });
  process.stdout.write(JSON.stringify(out));
});
