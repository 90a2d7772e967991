import type { PageSnapshot, SnapshotElement } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { defineRule } from './define-rule.js'
import {
  bgbCancellationButton,
  californiaArlCancellation,
  dsaInterfaceDesign,
  ucpdAggressiveBarriers,
} from './data/legal-references.js'
import { type ContactChannel, contactChannels, fillsPassword, helpRoutes, isHelpPage } from './lib/contact-routes.js'
import { evidenceAt, evidenceOfPage, quote } from './lib/evidence.js'
import {
  contextChains,
  flowsWithRole,
  isClickLike,
  pagePath,
  pathOf,
  ranFlows,
  type SeenStep,
  seenSteps,
} from './lib/flows.js'
import { conclude } from './lib/outcome.js'
import { FAINT_CONTRAST, isFaint, isSmallerThan, median, SMALL_TEXT_RATIO } from './lib/visibility.js'

/** More clicks than this from the support flow's first page to a contact channel is hiding it. */
const MAX_CLICKS_TO_CONTACT = 2

const CHANNEL_NOUN: Record<ContactChannel['kind'], string> = { email: 'e-mail contact', phone: 'phone contact', form: 'contact form' }
const describeChannel = (c: ContactChannel): string => `${CHANNEL_NOUN[c.kind]} ${quote(c.text, 50)}`

/** The font size the route is read against: the other links and text of its own region (a footer
 * is compared with the footer), or the page's body text when it stands alone. */
function referenceSize(snapshot: PageSnapshot, route: SnapshotElement): { px: number; against: string } {
  const siblings = [
    ...snapshot.elements.filter((e) => e !== route && e.visible && e.region === route.region && (e.tag === 'a' || e.tag === 'button')).map((e) => e.look.fontSizePx),
    ...snapshot.texts.filter((t) => t.visible && t.region === route.region && t.text !== route.text && t.kind !== 'heading').map((t) => t.fontSizePx),
  ].filter((px) => px > 0)
  const around = route.region ? median(siblings) : undefined
  return around !== undefined ? { px: around, against: 'the text around it' } : { px: snapshot.bodyFontSizePx, against: "the page's body text" }
}

export default defineRule({
  meta: {
    id: 'hidden-support',
    title: 'Help and contact are hard to find',
    category: 'obstruction',
    severity: 'moderate',
    requires: [
      { flows: ['any'], needs: 'any-page' },
      { flows: ['support'], needs: 'contact-page', optional: true },
    ],
    scan: true,
    references: [ucpdAggressiveBarriers, dsaInterfaceDesign, californiaArlCancellation, bgbCancellationButton],
    help: 'People who want to cancel, complain or ask about a charge need a way to reach the business; a contact route that is tiny, faint, buried several clicks deep or shown only after login keeps them from it. Obstacles to reaching the trader weigh most when they stand between a consumer and ending a contract.',
    fix: 'Link to a contact page with an e-mail address, phone number or form from every page, at normal size and contrast, without requiring login.',
  },
  check(site, ctx) {
    const flows = ranFlows(site)
    const allSeen = flows.flatMap(seenSteps)
    const findings: Finding[] = []

    // (a) The support flow: how many clicks from its first page to a page with a contact channel.
    for (const flow of flowsWithRole(site, ['support'])) {
      const seen = seenSteps(flow)
      const first = seen[0]
      if (!first) continue
      const reached = seen.find((s) => contactChannels(s.snapshot).length > 0)
      if (!reached) {
        if (flow.status === 'failed') continue
        const last = seen.at(-1) as SeenStep
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: last.step.index,
            message: `The ${flow.name} flow went through ${new Set(seen.map((s) => pagePath(s.snapshot.url))).size} page(s) from ${pathOf(first.snapshot.url)} and never reached an e-mail address, phone number or contact form.`,
            evidence: evidenceOfPage(last, { clicksToContact: null, pagesVisited: seen.length }),
          }),
        )
        continue
      }
      const clicks = flow.steps.filter((s) => s.index > first.step.index && s.index <= reached.step.index && isClickLike(s)).length
      if (clicks > MAX_CLICKS_TO_CONTACT) {
        const channel = contactChannels(reached.snapshot)[0] as ContactChannel
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: reached.step.index,
            message: `Reaching the ${describeChannel(channel)} took ${clicks} clicks from ${pathOf(first.snapshot.url)} (${flow.name} flow, steps ${first.step.index}–${reached.step.index}); more than ${MAX_CLICKS_TO_CONTACT} hides it.`,
            evidence: evidenceAt(reached, channel.target, channel.text, { clicksToContact: clicks, maxClicks: MAX_CLICKS_TO_CONTACT }),
          }),
        )
      }
    }

    // (b) Contact shown only once logged in. A browser context is logged in after a step typed a password;
    // every flow that starts fresh starts logged out.
    const loggedOut: SeenStep[] = []
    const loggedIn: SeenStep[] = []
    for (const chain of contextChains(flows)) {
      let inside = false
      let before: PageSnapshot | undefined
      for (const flow of chain) {
        for (const step of flow.steps) {
          if (fillsPassword(step, before)) inside = true
          if (step.snapshot) {
            ;(inside ? loggedIn : loggedOut).push({ flow, step, snapshot: step.snapshot })
            before = step.snapshot
          }
        }
      }
    }
    const outsideHasChannel = loggedOut.some((s) => contactChannels(s.snapshot).length > 0)
    const insideWithChannel = loggedIn.find((s) => contactChannels(s.snapshot).length > 0)
    if (!outsideHasChannel && insideWithChannel) {
      // Only when the same page, or a help page, was seen logged out is its silence telling.
      const samePage = loggedOut.find((s) => pagePath(s.snapshot.url) === pagePath(insideWithChannel.snapshot.url))
      const helpPage = loggedOut.find((s) => isHelpPage(s.snapshot))
      const witness = samePage ?? helpPage
      if (witness) {
        const channel = contactChannels(insideWithChannel.snapshot)[0] as ContactChannel
        const loggedOutPages = new Set(loggedOut.map((s) => pagePath(s.snapshot.url))).size
        findings.push(
          ctx.finding({
            flow: insideWithChannel.flow.name,
            step: insideWithChannel.step.index,
            message: `The ${describeChannel(channel)} appears only after login (${pathOf(insideWithChannel.snapshot.url)}, ${insideWithChannel.flow.name} flow, step ${insideWithChannel.step.index}); logged out, ${pathOf(witness.snapshot.url)} (${witness.flow.name} flow, step ${witness.step.index}) and the other ${loggedOutPages - 1} page(s) seen showed none.`,
            evidence: evidenceAt(insideWithChannel, channel.target, channel.text, {
              loggedOutPagesSeen: loggedOutPages,
              loggedOutWitnessUrl: witness.snapshot.url,
              loggedOutWitnessStep: witness.step.index,
              loggedOutWitnessFlow: witness.flow.name,
            }),
          }),
        )
      }
    }

    // (c) The only help route on a page is fine print: small beside its surroundings, or faint.
    const reported = new Set<string>()
    let pagesWithRoutes = 0
    for (const seen of allSeen) {
      const routes = helpRoutes(seen.snapshot)
      if (routes.length === 0) continue
      pagesWithRoutes++
      const measured = routes.map((route) => {
        const ref = referenceSize(seen.snapshot, route)
        return { route, ref, small: isSmallerThan(route.look.fontSizePx, ref.px), faint: isFaint(route.look) }
      })
      if (!measured.every((m) => m.small || m.faint)) continue
      const { route, ref, small, faint } = measured[0] as (typeof measured)[number]
      const key = `${route.selector}|${route.name}`
      if (reported.has(key)) continue
      reported.add(key)
      const how = [
        small ? `${route.look.fontSizePx}px text beside ${Math.round(ref.px * 10) / 10}px ${ref.against === "the page's body text" ? 'body text' : 'surrounding text'} (below ${SMALL_TEXT_RATIO * 100}%)` : '',
        faint ? `a contrast of ${route.look.contrastRatio}:1 (${route.look.color} on ${route.look.backgroundColor}, below ${FAINT_CONTRAST}:1)` : '',
      ].filter(Boolean)
      findings.push(
        ctx.finding({
          flow: seen.flow.name,
          step: seen.step.index,
          message: `The only help or contact route on ${pathOf(seen.snapshot.url)}, ${quote(route.name || route.text)}${route.region ? ` in ${route.region}` : ''}, is rendered as ${how.join(' and ')} (${seen.flow.name} flow, step ${seen.step.index}).`,
          evidence: evidenceAt(seen, route, route.name || route.text, {
            fontSizePx: route.look.fontSizePx,
            referenceFontSizePx: Math.round(ref.px * 10) / 10,
            referenceIs: ref.against,
            bodyFontSizePx: seen.snapshot.bodyFontSizePx,
            contrastRatio: route.look.contrastRatio,
            color: route.look.color,
            backgroundColor: route.look.backgroundColor,
            routesOnPage: routes.length,
          }),
        }),
      )
    }

    const anyChannel = allSeen.some((s) => contactChannels(s.snapshot).length > 0)
    return conclude({
      findings,
      reviewReason:
        pagesWithRoutes === 0 && !anyChannel
          ? `no help or contact link, e-mail address, phone number or contact form on any of the ${allSeen.length} page(s) seen; the scenario may not have visited the pages that have one`
          : undefined,
    })
  },
})
