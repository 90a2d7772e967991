import { describe, expect, it } from 'vitest'
import { describeStep, describeTarget } from '../../src/scenario/describe-step.js'
import type { Step, Target } from '../../src/scenario/schema.js'

describe('describeTarget', () => {
  it.each<[Target, string]>([
    [{ role: 'button' }, 'role=button'],
    [{ role: 'button', name: '/subscribe/i' }, 'role=button name="/subscribe/i"'],
    [{ role: 'link', name: 'Cancel', exact: true }, 'role=link name="Cancel" (exact)'],
    [{ label: 'Email' }, 'label "Email"'],
    [{ text: 'Say "no"', exact: false }, 'text "Say \\"no\\""'],
    [{ placeholder: 'Search' }, 'placeholder "Search"'],
    [{ testId: 'plan-pro' }, 'testId "plan-pro"'],
    [{ css: '#cancel > a' }, 'css "#cancel > a"'],
  ])('%j → %s', (target, written) => {
    expect(describeTarget(target)).toBe(written)
  })
})

describe('describeStep', () => {
  it.each<[Step, string]>([
    [{ goto: '/pricing' }, 'goto /pricing'],
    [{ click: { text: 'Subscribe' } }, 'click text "Subscribe"'],
    [{ fill: { target: { label: 'Password' }, value: '${env.DEMO_PASSWORD}' } }, 'fill label "Password" with "${env.DEMO_PASSWORD}"'],
    [{ check: { label: 'I agree' } }, 'check label "I agree"'],
    [{ uncheck: { testId: 'addon' } }, 'uncheck testId "addon"'],
    [{ select: { target: { label: 'Plan' }, option: 'Yearly' } }, 'select "Yearly" in label "Plan"'],
    [{ press: { key: 'Enter' } }, 'press Enter'],
    [{ press: { key: 'Escape', target: { role: 'dialog' } } }, 'press Escape in role=dialog'],
    [{ wait: { text: 'Done' } }, 'wait for text "Done"'],
    [{ wait: { selector: '.toast' } }, 'wait for selector ".toast"'],
    [{ wait: { url: '/thanks/' } }, 'wait for url "/thanks/"'],
    [{ wait: { ms: 250 } }, 'wait 250 ms'],
    [{ expect: { text: 'Welcome' } }, 'expect text "Welcome"'],
    [{ capture: 'cancel page' }, 'capture "cancel page"'],
  ])('%j → %s', (step, written) => {
    expect(describeStep(step)).toBe(written)
  })
})
