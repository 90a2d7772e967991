import { describe, expect, it } from 'vitest'
import type { Report } from '../../src/report/model.js'
import { scoreSites } from './score-sites.js'
import type { SiteFile } from './site-file.js'

const site = (expect: SiteFile['expect'], unsure: SiteFile['unsure'] = []): SiteFile =>
  ({ id: 'en-shop-dark', expect, unsure, scenario: { flows: [{ name: 'checkout' }, { name: 'cancel' }] } }) as unknown as SiteFile

const finding = (ruleId: string, flow: string, message = `${ruleId} seen`) => ({ ruleId, flow, message })

const report = (findings: ReturnType<typeof finding>[], flows = [{ name: 'checkout', status: 'completed' }, { name: 'cancel', status: 'failed', error: 'step 2 timed out' }]) =>
  ({
    sites: [
      {
        site: 'en-shop-dark',
        flows,
        results: [...new Set(findings.map((f) => f.ruleId)), 'missing-confirmation'].map((ruleId) => ({
          ruleId,
          outcome: findings.some((f) => f.ruleId === ruleId) ? 'fail' : 'error',
          reason: 'the cancel flow failed',
          findings: findings.filter((f) => f.ruleId === ruleId),
        })),
      },
    ],
  }) as unknown as Report

describe('scoreSites', () => {
  it('counts a rule once per flow, however many findings it has there', () => {
    const scores = scoreSites(
      [site({ checkout: [{ rule: 'pre-ticked-upsell', why: 'box ticked' }] })],
      report([finding('pre-ticked-upsell', 'checkout'), finding('pre-ticked-upsell', 'checkout')]),
    )
    expect(scores.total).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1 })
  })

  it('a rule found on another flow than expected is a miss and a false finding', () => {
    const scores = scoreSites([site({ checkout: [{ rule: 'confirmshaming', why: 'decline link' }] })], report([finding('confirmshaming', 'cancel')]))
    expect(scores.items.map((i) => [i.flow, i.verdict])).toEqual([
      ['checkout', 'false-negative'],
      ['cancel', 'false-finding'],
    ])
  })

  it('says why a miss happened when its flow failed', () => {
    const scores = scoreSites([site({ cancel: [{ rule: 'missing-confirmation', why: 'no end page' }] })], report([]))
    expect(scores.items[0]).toMatchObject({ verdict: 'false-negative', context: 'flow failed: step 2 timed out' })
  })

  it('leaves unsure pairs out of the count', () => {
    const scores = scoreSites([site({}, [{ flow: 'checkout', rule: 'drip-pricing', why: 'arguable' }])], report([finding('drip-pricing', 'checkout')]))
    expect(scores.items).toEqual([])
    expect(scores.total.precision).toBe(1)
  })

  it('lists sites the report does not hold', () => {
    const scores = scoreSites([{ ...site({}), id: 'fr-other-dark' }], report([]))
    expect(scores.missingSites).toEqual(['fr-other-dark'])
  })
})
