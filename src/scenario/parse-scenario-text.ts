import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { PathSegment } from './issue-path.js'
import { locateJsonError } from './locate-json-error.js'

export interface SyntaxProblem {
  line?: number
  message: string
}

export interface ParsedScenarioText {
  /** The file's value; meaningless when `syntax` has problems. */
  data: unknown
  syntax: SyntaxProblem[]
  /** The line of the node at `path`, or of the deepest part of `path` that exists (so a missing
   * field points at the object that lacks it). Map entries point at their key's line. */
  lineOf(path: readonly PathSegment[]): number | undefined
}

/** Parses YAML or JSON keeping node positions. JSON is parsed as YAML too (JSON is YAML), so one
 * path-to-line mapper serves both; JSON.parse still decides what is valid JSON, since YAML accepts
 * things JSON does not (comments, trailing commas, unquoted keys). */
export function parseScenarioText(text: string, format: 'yaml' | 'json'): ParsedScenarioText {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter })
  const lineOf = (path: readonly PathSegment[]): number | undefined => lineOfPath(doc, lineCounter, path)

  if (format === 'json') {
    try {
      return { data: JSON.parse(text), syntax: [], lineOf }
    } catch {
      return { data: undefined, syntax: [jsonSyntaxProblem(text)], lineOf }
    }
  }
  const syntax = doc.errors.map((error) => ({
    line: error.linePos?.[0].line,
    // The first line is the message; the rest is a source excerpt with a caret.
    message: `invalid YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
  }))
  return { data: syntax.length ? undefined : doc.toJS(), syntax, lineOf }
}

function jsonSyntaxProblem(text: string): SyntaxProblem {
  const error = locateJsonError(text)
  if (!error) return { message: 'invalid JSON' }
  return { line: text.slice(0, error.offset).split('\n').length, message: `invalid JSON: ${error.message}` }
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: readonly PathSegment[]): number | undefined {
  const lineAt = (node: unknown): number | undefined => {
    const range = (node as { range?: [number, number, number] } | null)?.range
    return range ? lineCounter.linePos(range[0]).line : undefined
  }
  let node: unknown = doc.contents
  let line = lineAt(node)
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc)
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) return line
      line = lineAt(pair.key) ?? line
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment]
      if (item === undefined) return line
      line = lineAt(item) ?? line
      node = item
    } else {
      return line
    }
  }
  return line
}
