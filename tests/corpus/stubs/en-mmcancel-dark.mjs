// A stand-in for the Supabase REST API (PostgREST) that the cancel-flow site en-mmcancel-dark
// calls from its API route: just enough of PostgREST for the calls it makes, over an in-memory
// copy of the rows its seed describes (three users with $25, $29 and $25 monthly plans, no
// cancellations). Written for this corpus; listens on 127.0.0.1:$STUB_PORT (default 5399).
// State lives as long as the process: start it fresh for each run.
import { createServer } from 'node:http'
import { randomUUID } from 'node:crypto'

const port = Number(process.env.STUB_PORT || 5399)
const now = () => new Date().toISOString()
const user = (n) => `550e8400-e29b-41d4-a716-44665544000${n}`
const tables = {
  users: [1, 2, 3].map((n) => ({ id: user(n), email: `user${n}@example.com`, created_at: now() })),
  subscriptions: [
    [1, 2500],
    [2, 2900],
    [3, 2500],
  ].map(([n, price]) => ({
    id: `5b000000-0000-4000-8000-00000000000${n}`,
    user_id: user(n),
    monthly_price: price,
    status: 'active',
    created_at: now(),
    updated_at: now(),
  })),
  cancellations: [],
}

/** One PostgREST filter (`eq.x`, `neq.x`, `in.(a,b)`, `is.null`) as a predicate on a value. */
function predicate(expr) {
  const [op, ...rest] = expr.split('.')
  const arg = rest.join('.')
  const text = (v) => (v === null || v === undefined ? 'null' : String(v))
  if (op === 'eq') return (v) => text(v) === arg
  if (op === 'neq') return (v) => text(v) !== arg
  if (op === 'is') return (v) => text(v) === arg
  if (op === 'in') {
    const list = arg.replace(/^\(|\)$/g, '').split(',').map((s) => s.replace(/^"|"$/g, ''))
    return (v) => list.includes(text(v))
  }
  return () => true
}

function query(rows, params) {
  let out = rows
  for (const [key, value] of params) {
    if (['select', 'order', 'limit', 'offset', 'columns', 'on_conflict'].includes(key)) continue
    const test = predicate(value)
    out = out.filter((row) => test(row[key]))
  }
  const order = params.get('order')
  if (order) {
    const [col, dir] = order.split('.')
    out = [...out].sort((a, b) => (a[col] < b[col] ? -1 : a[col] > b[col] ? 1 : 0) * (dir === 'desc' ? -1 : 1))
  }
  const limit = params.get('limit')
  if (limit) out = out.slice(Number(params.get('offset') || 0), Number(params.get('offset') || 0) + Number(limit))
  return out
}

function pick(row, select) {
  if (!select || select === '*') return row
  return Object.fromEntries(select.split(',').map((c) => c.trim()).map((c) => [c, row[c] ?? null]))
}

function reply(req, res, status, rows, select) {
  const wantsObject = (req.headers.accept || '').includes('application/vnd.pgrst.object+json')
  const body = rows.map((r) => pick(r, select))
  if (wantsObject) {
    if (body.length !== 1) {
      res.writeHead(406, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ code: 'PGRST116', details: `The result contains ${body.length} rows`, hint: null, message: 'JSON object requested, multiple (or no) rows returned' }))
    }
    res.writeHead(status, { 'content-type': 'application/vnd.pgrst.object+json; charset=utf-8' })
    return res.end(JSON.stringify(body[0]))
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-range': `0-${Math.max(body.length - 1, 0)}/*` })
  res.end(JSON.stringify(body))
}

createServer((req, res) => {
  const url = new URL(req.url, `http://127.0.0.1:${port}`)
  const match = /^\/rest\/v1\/([a-z_]+)$/.exec(url.pathname)
  let raw = ''
  req.on('data', (c) => (raw += c))
  req.on('end', () => {
    const table = match && tables[match[1]]
    if (!table) {
      res.writeHead(404, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ code: '42P01', message: `relation "${url.pathname}" does not exist`, details: null, hint: null }))
    }
    const params = url.searchParams
    const representation = (req.headers.prefer || '').includes('return=representation')
    const body = raw ? JSON.parse(raw) : null
    console.log(`[stub] ${req.method} ${url.pathname}${url.search}${raw ? ' ' + raw.slice(0, 200) : ''}`)
    if (req.method === 'GET' || req.method === 'HEAD') return reply(req, res, 200, query(table, params), params.get('select'))
    if (req.method === 'POST') {
      const added = (Array.isArray(body) ? body : [body]).map((r) => ({ id: randomUUID(), created_at: now(), ...r }))
      table.push(...added)
      if (!representation) return res.writeHead(201).end()
      return reply(req, res, 201, added, params.get('select'))
    }
    if (req.method === 'PATCH') {
      const hit = query(table, params)
      for (const row of hit) Object.assign(row, body, { updated_at: now() })
      if (!representation) return res.writeHead(204).end()
      return reply(req, res, 200, hit, params.get('select'))
    }
    if (req.method === 'DELETE') {
      const hit = new Set(query(table, params))
      tables[match[1]] = table.filter((r) => !hit.has(r))
      return res.writeHead(204).end()
    }
    res.writeHead(405).end()
  })
}).listen(port, '127.0.0.1', () => console.log(`[stub] Supabase REST stand-in on http://127.0.0.1:${port}`))
