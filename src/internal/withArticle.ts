/**
 * A noun with its English indefinite article, for messages: "an institution", "a service", "an object". Internal.
 *
 * @param word - The noun (lower case).
 * @returns The noun with "a" or "an".
 *
 * @example
 * ```ts
 * [withArticle("institution"), withArticle("service"), withArticle("array")];
 * //=> ["an institution", "a service", "an array"]
 * ```
 */
export function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;
}
