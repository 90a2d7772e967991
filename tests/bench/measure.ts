import { execFileSync } from 'node:child_process'

/** Resident memory of this process and everything it started (Chromium's processes included). */
export function treeRssKiB(rootPid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/).map(Number) as [number, number, number])
  const inTree = new Set([rootPid])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, ppid] of rows) if (inTree.has(ppid) && !inTree.has(pid)) (inTree.add(pid), (grew = true))
  }
  return rows.filter(([pid]) => inTree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0)
}

export async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; peakMiB: number; value: T }> {
  let peak = treeRssKiB(process.pid)
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKiB(process.pid))), 100)
  const started = performance.now()
  const value = await work()
  const ms = performance.now() - started
  clearInterval(sampler)
  return { ms, peakMiB: Math.round(Math.max(peak, treeRssKiB(process.pid)) / 1024), value }
}

