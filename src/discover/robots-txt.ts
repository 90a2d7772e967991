/** What a site's robots.txt allows a crawler named `agent`: the group for that agent if there is one,
 * else the `*` group; the longest matching rule wins, `Allow` on a tie (RFC 9309). */
export function robotsAllows(robotsTxt: string, agent: string, path: string): boolean {
  const groups = parseGroups(robotsTxt)
  const name = agent.toLowerCase()
  const group = groups.find((g) => g.agents.some((a) => a !== '*' && name.includes(a))) ?? groups.find((g) => g.agents.includes('*'))
  if (!group) return true
  let best: { length: number; allow: boolean } | undefined
  for (const rule of group.rules) {
    if (rule.path === '' || !matches(rule.path, path)) continue
    const length = rule.path.length
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { length, allow: rule.allow }
  }
  return best?.allow ?? true
}

interface Group {
  agents: string[]
  rules: { allow: boolean; path: string }[]
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = []
  let current: Group | undefined
  let lastWasAgent = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim()
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line)
    if (!match) continue
    const key = match[1]!.toLowerCase()
    const value = match[2]!.trim()
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group.
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }))
      current.agents.push(value.toLowerCase())
      lastWasAgent = true
    } else if ((key === 'allow' || key === 'disallow') && current) {
      current.rules.push({ allow: key === 'allow', path: value })
      lastWasAgent = false
    } else {
      lastWasAgent = false
    }
  }
  return groups
}

/** `*` matches any run of characters and a final `$` anchors the end; otherwise a prefix match. */
function matches(rule: string, path: string): boolean {
  const anchored = rule.endsWith('$')
  const body = anchored ? rule.slice(0, -1) : rule
  const pattern = body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')
  return new RegExp(`^${pattern}${anchored ? '$' : ''}`).test(path)
}

export interface RobotsPolicy {
  allows: (url: string) => boolean
  /** Why everything is refused when the file could not be read. */
  unreadable?: string
}

/** Fetches and reads a site's robots.txt. A missing file (4xx) allows everything; a server error or
 * no answer is read as "do not crawl", as RFC 9309 asks. */
export async function fetchRobotsPolicy(origin: string, userAgent: string, timeoutMs: number): Promise<RobotsPolicy> {
  try {
    const response = await fetch(new URL('/robots.txt', origin), { headers: { 'user-agent': userAgent }, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' })
    if (response.status >= 400 && response.status < 500) return { allows: () => true }
    if (!response.ok) return { allows: () => false, unreadable: `it answered HTTP ${response.status}` }
    const text = await response.text()
    return {
      allows: (url) => {
        const parsed = new URL(url)
        return parsed.origin !== new URL(origin).origin || robotsAllows(text, userAgent, parsed.pathname + parsed.search)
      },
    }
  } catch (err) {
    const why = err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : err instanceof Error ? err.message : String(err)
    return { allows: () => false, unreadable: why }
  }
}
