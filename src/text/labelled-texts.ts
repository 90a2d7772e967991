import { readFile } from 'node:fs/promises'

/** One row of a labelled-text file: a text seen on a site, and the dark-pattern type it was judged
 * to be ("Not Dark Pattern" for ordinary text). */
export interface LabelledText {
  host: string
  label: string
  patternType: string
  text: string
}

export const NOT_DARK = 'Not Dark Pattern'
const HEADER = ['host', 'label', 'pattern_type', 'text'] as const

export type ReadResult = { ok: true; rows: LabelledText[] } | { ok: false; message: string }

interface TsvRecord {
  line: number
  fields: string[]
}

/** Splits tab-separated `content` into records. A field that begins with `"` is quoted: it runs to
 * the next lone `"`, may hold tabs and line breaks, and writes a `"` as `""`. */
function parseTsv(content: string): { records: TsvRecord[] } | { unclosedAt: number } {
  const records: TsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let i = 0
  const endRecord = (): void => {
    fields.push(field)
    if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields })
    fields = []
    field = ''
  }
  while (i < content.length) {
    if (field === '' && content[i] === '"') {
      const openedAt = line
      i++
      for (;;) {
        if (i >= content.length) return { unclosedAt: openedAt }
        const ch = content[i]
        if (ch === '"') {
          if (content[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (ch === '\n') line++
        field += ch
        i++
      }
      continue
    }
    const ch = content[i]
    if (ch === '\t') {
      fields.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && content[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else {
      field += ch
    }
    i++
  }
  if (field !== '' || fields.length) endRecord()
  return { records }
}

const showTabs = (fields: readonly string[]): string => fields.join('\\t')

/** Reads a labelled-text file with the header `host	label	pattern_type	text`. Errors name the file,
 * and the line where there is one. */
export async function readLabelledTexts(path: string): Promise<ReadResult> {
  let content: string
  try {
    content = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a TSV file' : String(error)
    return { ok: false, message: `${path}: ${why}` }
  }
  const parsed = parseTsv(content.replace(/^\uFEFF/, ''))
  if ('unclosedAt' in parsed) return { ok: false, message: `${path}:${parsed.unclosedAt}: a quoted field is never closed` }
  const [header, ...body] = parsed.records
  const names = header?.fields.map((f) => f.trim()) ?? []
  if (names.length !== HEADER.length || HEADER.some((name, i) => names[i] !== name)) {
    return {
      ok: false,
      message: `${path}:1: the header must be "${showTabs(HEADER)}", found "${showTabs(names)}"`,
    }
  }
  const rows: LabelledText[] = []
  for (const { line, fields } of body) {
    if (fields.length !== HEADER.length) {
      return {
        ok: false,
        message: `${path}:${line}: expected ${HEADER.length} tab-separated fields (${HEADER.join(', ')}), found ${fields.length}`,
      }
    }
    const [host = '', label = '', patternType = '', text = ''] = fields
    rows.push({ host, label, patternType: patternType.trim(), text })
  }
  return { ok: true, rows }
}
