/** A mistake in how the command was called (an option, a path): exit code 2. */
export class UsageError extends Error {}

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a part of the path is not a directory",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EMFILE: "too many open files",
};

/** Turns a file-system error on `path` into a {@link UsageError} with a plain message; returns anything else as is. */
export function toUsageError(error: unknown, verb: "read" | "write", path: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code) || (error as { name?: unknown }).name === "KpiError") return error;
  return new UsageError(`cannot ${verb} ${path}: ${FS_REASONS[code] ?? code}`);
}
