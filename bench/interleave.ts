/**
 * The order of a task's timed runs: every implementation's runs spread evenly over one sequence, so that a burst of
 * load on a shared machine falls on all of them alike instead of on whichever happened to be running.
 *
 * `counts[i]` is how many timed runs implementation `i` gets. The result lists implementation indices, one entry per
 * run, in the order to run them: with `R = max(counts)` rounds, implementation `i` runs in round `r` when
 * `⌊(r + 1)·counts[i] / R⌋ > ⌊r·counts[i] / R⌋` (so exactly `counts[i]` times, spread over the rounds), in index
 * order within a round.
 *
 * @example
 * interleave([4, 2]); //=> [0, 0, 1, 0, 0, 1]
 */
export function interleave(counts: readonly number[]): number[] {
  const rounds = Math.max(0, ...counts);
  const order: number[] = [];
  for (let r = 0; r < rounds; r++) {
    counts.forEach((c, i) => {
      if (Math.floor(((r + 1) * c) / rounds) > Math.floor((r * c) / rounds)) order.push(i);
    });
  }
  return order;
}

/**
 * How many timed runs an implementation gets: at least `runs`, and more while they would add up to less than
 * `minTimedMs` at the warm-up's pace, up to `maxRuns` (a fast implementation's median is then not the few runs one
 * burst of load happened to hit).
 *
 * @example
 * plannedRuns(70, 5, 1000, 25); //=> 15
 */
export function plannedRuns(warmMs: number, runs: number, minTimedMs: number, maxRuns: number): number {
  const wanted = warmMs > 0 ? Math.ceil(minTimedMs / warmMs) : maxRuns;
  return Math.max(runs, Math.min(Math.max(runs, maxRuns), wanted));
}
