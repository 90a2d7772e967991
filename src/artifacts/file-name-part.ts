/** A name as it can stand in a file or folder name of the report: lower case, letters and digits,
 * runs of anything else as one hyphen. Empty when nothing is left; callers choose the fallback. */
export const fileNamePart = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
