// Vitest global setup: a real PostgreSQL server for the kpi-kit/sql tests, started on loopback in a temporary
// folder and stopped afterwards. It uses KPIKIT_PG_URL when set; else Debian's postgresql (initdb, pg_ctl), run as the
// `postgres` user when the tests run as root (PostgreSQL refuses to run as root). Without either, the PostgreSQL
// tests are skipped and say so; .ci/run installs Debian's postgresql, so CI always runs them.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

function postgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? null : join(root, versions[0]!, "bin");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address !== null ? address.port : 54329));
    });
  });
}

let stop: (() => void) | null = null;

export async function setup(project: TestProject): Promise<void> {
  if (process.env["KPIKIT_PG_URL"] !== undefined) {
    project.provide("pgUrl", process.env["KPIKIT_PG_URL"]);
    return;
  }
  const bin = postgresBin();
  if (bin === null) {
    console.warn("kpi-kit tests: no PostgreSQL found (install Debian's postgresql, or set KPIKIT_PG_URL): the PostgreSQL tests are skipped");
    project.provide("pgUrl", null);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "kpikit-pg-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (tool: string, args: string[]) =>
    asRoot ? execFileSync("runuser", ["-u", "postgres", "--", join(bin, tool), ...args], { stdio: "pipe" }) : execFileSync(join(bin, tool), args, { stdio: "pipe" });
  const data = join(dir, "data");
  const port = await freePort();
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"]);
  run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", "-o", `-h 127.0.0.1 -p ${port} -k ${dir} -F`, "start"]);
  stop = () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "kpikit"]);
  project.provide("pgUrl", `postgres://postgres@127.0.0.1:${port}/kpikit`);
}

export function teardown(): void {
  stop?.();
  stop = null;
}
