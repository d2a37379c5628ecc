// A request still executing after the limit is answered with a TIMEOUT error instead of holding
// the connection, and its work is stopped: the context's signal is aborted, so no further store
// call starts and the path search ends at its next slice (cancellable-store.ts, sliced-work.ts).
// Answering alone (a bare Promise.race) left the work running and the event loop busy.
// The timer is cleared as soon as execution finishes.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../context';
import { apiError } from '../errors';

export function useRequestTimeout(ms: number): Plugin<ApiContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const context = args.contextValue as ApiContext;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(() => {
            const error = apiError('TIMEOUT', `The request took longer than the limit of ${ms} ms and was stopped.`);
            context.abort(error);
            resolve({ data: null, errors: [error] });
          }, ms);
        });
        return Promise.race([Promise.resolve(executeFn(args)), timedOut]).finally(() => clearTimeout(timer));
      });
    },
  };
}
