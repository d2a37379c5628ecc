// Entry point of the bundled CLI used by the robustness tests: the same as bin/minutes-graph.js,
// but over src/ instead of dist/.
import { main } from '../../../src/cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`minutes-graph: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
