import { readFileSync } from 'node:fs'

/** The function a file beside this one holds, as source text for evaluate(): a function handed to
 * evaluate() would be serialised from the transpiled module, where the loader may have added
 * helpers that do not exist inside the page. Comment lines are dropped to keep the message small. */
export function inPageFunction(fileName: string): string {
  return readFileSync(new URL(`./${fileName}`, import.meta.url), 'utf8').replace(/^\s*\/\/.*$/gm, '')
}
