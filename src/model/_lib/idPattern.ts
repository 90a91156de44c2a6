/**
 * An id's text: any printable characters (real registries use spaces and punctuation), no control characters, no
 * leading or trailing white space (the length, 1 to 200 characters, is checked beside it). The one rule of the id
 * schemas and of the measurement fast path.
 */
// eslint-disable-next-line no-control-regex
export const ID_PATTERN = /^[^\s\u0000-\u001f\u007f](?:[^\u0000-\u001f\u007f]*[^\s\u0000-\u001f\u007f])?$/u;
