import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimOutputFolder, FOLDER_MARK, ForeignFolderError, removeStaleEvidence } from '../../src/artifacts/output-folder.js'
import { writeFileAtomic } from '../../src/artifacts/write-atomic.js'
import { PROJECT_ROOT } from '../helpers/run-cli.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cancelcheck-out-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('claimOutputFolder', () => {
  it('takes a missing or empty folder and marks it', async () => {
    const out = join(dir, 'new', 'report')
    await claimOutputFolder(out)
    expect(await readdir(out)).toEqual([FOLDER_MARK])
    await claimOutputFolder(out)
  })

  it('takes a report folder written before the mark existed', async () => {
    const out = join(dir, 'older')
    await mkdir(out)
    await writeFile(join(out, 'report.json'), JSON.stringify({ tool: { name: 'cancelcheck' } }))
    await claimOutputFolder(out)
    expect((await readdir(out)).sort()).toEqual([FOLDER_MARK, 'report.json'])
  })

  it("refuses a folder of someone else's files, naming them, and writes nothing there", async () => {
    const out = join(dir, 'foreign')
    await mkdir(out)
    await writeFile(join(out, 'notes.txt'), 'mine')
    await writeFile(join(out, 'report.json'), '{"mine": true}')
    await expect(claimOutputFolder(out)).rejects.toThrow(ForeignFolderError)
    await expect(claimOutputFolder(out)).rejects.toThrow(/holds files cancelcheck did not write \(.*notes\.txt.*\)/)
    expect((await readdir(out)).sort()).toEqual(['notes.txt', 'report.json'])
  })
})

describe('removeStaleEvidence', () => {
  it('removes only the files the earlier walk wrote and this one did not, and folders left empty', async () => {
    const out = join(dir, 'tidy')
    for (const file of ['sites/a/01.jpg', 'sites/a/02.jpg', 'sites/b/01.jpg', 'sites/c/01.jpg', 'sites/c/mine.txt']) {
      await mkdir(join(out, file, '..'), { recursive: true })
      await writeFile(join(out, file), 'x')
    }
    await writeFile(join(out, 'outside.txt'), 'x')
    const earlier = new Set(['sites/a/01.jpg', 'sites/a/02.jpg', 'sites/b/01.jpg', 'sites/c/01.jpg', '../outside.txt', 'outside.txt'])
    const removed = await removeStaleEvidence(out, earlier, new Set(['sites/a/01.jpg']))
    expect(removed).toBe(3)
    expect(await readdir(join(out, 'sites'))).toEqual(['a', 'c'])
    expect(await readdir(join(out, 'sites', 'a'))).toEqual(['01.jpg'])
    expect(await readdir(join(out, 'sites', 'c'))).toEqual(['mine.txt'])
    expect(await readFile(join(out, 'outside.txt'), 'utf8')).toBe('x')
  })
})

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const file = join(dir, 'atomic.json')
    await writeFileAtomic(file, 'first')
    await writeFileAtomic(file, 'second')
    expect(await readFile(file, 'utf8')).toBe('second')
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('killed while writing, leaves the previous complete file', async () => {
    const file = join(dir, 'killed.json')
    const whole = (n: number) => JSON.stringify({ n, pad: 'x'.repeat(4_000_000) })
    await writeFileAtomic(file, whole(0))
    // A writer that rewrites an 8 MB file in a loop, killed at an arbitrary moment, ten times.
    const script = `import { writeFileAtomic } from ${JSON.stringify(`${PROJECT_ROOT}src/artifacts/write-atomic.ts`)}
      for (let n = 1; ; n++) await writeFileAtomic(${JSON.stringify(file)}, JSON.stringify({ n, pad: 'x'.repeat(4_000_000) }))`
    for (let round = 0; round < 10; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, stdio: 'ignore' })
      await new Promise((r) => setTimeout(r, 300 + round * 37))
      child.kill('SIGKILL')
      await new Promise((r) => child.on('close', r))
      const parsed = JSON.parse(await readFile(file, 'utf8')) as { n: number; pad: string }
      expect(parsed.pad).toHaveLength(4_000_000)
    }
  }, 60_000)
})
