// The command line of the benchmark's scripts: `--name value` options, `--flag`s, and whether a module is the script
// Node was started with (a task module is also imported by bench/run.ts).
import { pathToFileURL } from "node:url";

const argv = process.argv.slice(2);

/** The value after `--name` on the command line, or `undefined`. */
export function option(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Whether `--name` is on the command line. */
export function hasFlag(name: string): boolean {
  return argv.includes(name);
}

/** Whether the module at `url` (its `import.meta.url`) is the script Node was started with. */
export function isMainModule(url: string): boolean {
  return process.argv[1] !== undefined && url === pathToFileURL(process.argv[1]).href;
}
