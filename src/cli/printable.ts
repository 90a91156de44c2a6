/**
 * Text for a terminal: every control character but the line feed (C0, DEL and C1: an id from a file may hold an
 * escape sequence that would recolour or rewrite the user's terminal) written as a `\uXXXX` escape, as JSON writes
 * it. For the messages the CLI writes about its input; its own progress bar writes its control characters itself.
 *
 * @param text - A message.
 * @returns The message, safe to write to a terminal.
 *
 * @example
 * ```ts
 * printable('m.ndjson:2 (measurement "x\u001b[31m"): …');
 * //=> 'm.ndjson:2 (measurement "x\\u001b[31m"): …'
 * ```
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
