/**
 * What marks a worker thread of the executable as the CLI's worker (its `workerData`): main.ts then serves its
 * requests (parts of files to read, digests) instead of running a command. Its own module, so that the executable's first file stays small.
 *
 * @example
 * ```ts
 * DIGEST_WORKER_DATA.kpiKit;
 * //=> "digest"
 * ```
 */
export const DIGEST_WORKER_DATA = { kpiKit: "digest" } as const;
