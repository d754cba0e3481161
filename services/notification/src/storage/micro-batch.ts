/**
 * Coalesces calls made by concurrently running jobs into one call with all their inputs. While a
 * batch is at the database, new calls wait and go together in the next one, so under load one round
 * trip serves many jobs and an idle service still answers a lone call at once. `run` answers one
 * output per input, in order; if it throws, every caller in that batch gets the error (each job
 * then retries on its own).
 */
export function microBatch<I, O>(
  run: (inputs: I[]) => Promise<O[]>,
  maxBatch = 200,
): (input: I) => Promise<O> {
  let queued: Array<{ input: I; resolve: (o: O) => void; reject: (e: unknown) => void }> = [];
  let running = false;
  const flush = () => {
    if (running || queued.length === 0) return;
    const batch = queued.slice(0, maxBatch);
    queued = queued.slice(batch.length);
    running = true;
    run(batch.map((b) => b.input))
      .then(
        (outputs) => {
          batch.forEach((b, i) => {
            b.resolve(outputs[i] as O);
          });
        },
        (err) => {
          for (const b of batch) b.reject(err);
        },
      )
      .finally(() => {
        running = false;
        flush();
      });
  };
  return (input) =>
    new Promise<O>((resolve, reject) => {
      queued.push({ input, resolve, reject });
      // The rest of this turn's calls join before the first batch leaves.
      if (queued.length === 1 && !running) setImmediate(flush);
    });
}
