/** Whether `JSON.parse` accepts the text: the oracle of jsonErrorOffset's tests. */
export const jsonParses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
