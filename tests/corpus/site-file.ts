import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { ScenarioFile } from '../../src/scenario/schema.js'

const Labelled = z.strictObject({ rule: z.string().min(1), why: z.string().min(1) })

/** One third-party site variant: where it comes from, how it is built and served, the scenario that
 * walks it and the ground truth written before the tool ran on it (tests/corpus/README.md). */
export const SiteFile = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-[a-z0-9-]+$/, 'expected <language>-<name>-<variant>, lower case'),
  source: z.strictObject({
    repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/name'),
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'expected 40 hex digits'),
    dir: z.string().min(1).default('.'),
    licence: z.string().min(1),
  }),
  build: z.strictObject({
    install: z.string().min(1).optional(),
    command: z.string().min(1).optional(),
    /** The folder served statically, with index.html for routes that are not files. */
    output: z.string().min(1).optional(),
    /** A command that serves the app itself on $PORT, for apps with their own server. */
    serve: z.string().min(1).optional(),
    /** A backend stub of ours (a Node script in this repository), running on 127.0.0.1:$STUB_PORT while
     * the site is built and while it is served. Set STUB_PORT in `env` when the build inlines the stub's
     * address; otherwise a free port is taken. */
    stub: z.string().min(1).optional(),
    /** Build and serve environment, stubs only. `$STUBS` is the absolute path of tests/corpus/stubs,
     * `$STUB_URL` the stub's address. */
    env: z.record(z.string(), z.string()).default({}),
  }),
  language: z.string().regex(/^[a-z]{2}$/),
  variant: z.enum(['dark', 'fair']),
  about: z.string().min(1),
  expect: z.record(z.string(), z.array(Labelled)),
  decoys: z.array(z.strictObject({ flow: z.string(), what: z.string().min(1) })).default([]),
  unsure: z.array(z.strictObject({ flow: z.string(), rule: z.string(), why: z.string().min(1) })).default([]),
  scenario: ScenarioFile,
}).superRefine((site, ctx) => {
  if (!site.build.output && !site.build.serve) ctx.addIssue({ code: 'custom', path: ['build'], message: 'expected `output` (a static folder) or `serve` (a command)' })
  const flows = new Set(site.scenario.flows.map((f) => f.name))
  for (const flow of Object.keys(site.expect)) {
    if (!flows.has(flow)) ctx.addIssue({ code: 'custom', path: ['expect', flow], message: `no flow "${flow}" in the scenario (it has ${[...flows].join(', ')})` })
  }
})
export type SiteFile = z.infer<typeof SiteFile>

export class SiteFileError extends Error {}

const explainIssue = (issue: z.core.$ZodIssue): string => `${issue.path.length ? issue.path.join('.') : '(top)'}: ${issue.message}`

export const SITES_DIR = new URL('./sites/', import.meta.url).pathname

export async function readSiteFile(path: string): Promise<SiteFile> {
  let data: unknown
  try {
    data = parse(await readFile(path, 'utf8'))
  } catch (err) {
    throw new SiteFileError(`${path}: not readable YAML: ${(err as Error).message}`)
  }
  const parsed = SiteFile.safeParse(data)
  if (!parsed.success) throw new SiteFileError(`${path}: ${parsed.error.issues.map(explainIssue).join('; ')}`)
  const expectedName = `${parsed.data.id}.yaml`
  if (!path.endsWith(`/${expectedName}`)) throw new SiteFileError(`${path}: id "${parsed.data.id}" should match the file name (${expectedName})`)
  return parsed.data
}

/** Every site file, in name order; `only` keeps the ids starting with one of its prefixes. */
export async function readSiteFiles(only: readonly string[] = []): Promise<SiteFile[]> {
  const names = (await readdir(SITES_DIR)).filter((n) => n.endsWith('.yaml')).sort()
  const sites = await Promise.all(names.map((n) => readSiteFile(join(SITES_DIR, n))))
  return only.length ? sites.filter((s) => only.some((prefix) => s.id.startsWith(prefix))) : sites
}
