// The same-query HTTP floor as a server (see measure/floor-yoga.ts).
// `node bench/out/floor-yoga.js PORT ANSWER.json`
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createFloorYoga } from './measure/floor-yoga';

const [port, answerFile] = [Number(process.argv[2]), process.argv[3]];
createServer(createFloorYoga(JSON.parse(readFileSync(answerFile, 'utf8')) as Record<string, unknown>)).listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
