/** The optional peer dependencies that HTML reports (charts) need. */
export const CHART_PEERS = ["vega", "vega-lite"] as const;

/** Returns the names among `names` that `load` cannot load (in order), e.g. optional peers that are not installed. */
export async function findMissingPeers(names: readonly string[], load: (name: string) => Promise<unknown>): Promise<string[]> {
  const loaded = await Promise.all(names.map((name) => load(name).then(() => true, () => false)));
  return names.filter((_, k) => loaded[k] === false);
}
