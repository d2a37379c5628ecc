// A request still executing after the limit is answered with a TIMEOUT error instead of holding
// the connection, and its work is stopped: the context's signal is aborted, so no further store
// call starts and the path search ends at its next slice (cancellable-store.ts, sliced-work.ts).
// Answering alone (a bare Promise.race) left the work running and the event loop busy.
// The timer is cleared as soon as execution finishes. One promise per request, not a race of
// three with a finally: this wraps every request.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../context';
import { apiError } from '../errors';

export function useRequestTimeout(ms: number): Plugin<ApiContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) =>
        new Promise<ExecutionResult>((resolve, reject) => {
          const context = args.contextValue as ApiContext;
          const timer = setTimeout(() => {
            const error = apiError('TIMEOUT', `The request took longer than the limit of ${ms} ms and was stopped.`);
            context.abort(error);
            resolve({ data: null, errors: [error] });
          }, ms);
          let answer: ExecutionResult | Promise<ExecutionResult>;
          try {
            answer = executeFn(args) as ExecutionResult | Promise<ExecutionResult>;
          } catch (error) {
            clearTimeout(timer);
            throw error; // rejects this promise
          }
          // A promise resolves once: whichever of the answer and the timer comes first wins.
          Promise.resolve(answer).then(
            (result) => (clearTimeout(timer), resolve(result)),
            (error: unknown) => (clearTimeout(timer), reject(error)),
          );
        }),
      );
    },
  };
}
