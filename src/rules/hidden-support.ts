import type { SiteTrace, StepRecord } from '../artifacts/site-trace.js'
import type { PageSnapshot, SnapshotElement, TextBlock } from '../capture/page-snapshot.js'
import type { Finding } from '../report/model.js'
import { markedAs } from '../scenario/step-mark.js'
import { defineRule } from './define-rule.js'
import {
  bgbCancellationButton,
  californiaArlCancellation,
  dsaInterfaceDesign,
  ucpdAggressiveBarriers,
} from './data/legal-references.js'
import { cookieBannersSeen } from './lib/cookie-banner.js'
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
import { ownElements } from './lib/own-elements.js'
import { FAINT_CONTRAST, isFaint, isSmallerThan, median, SMALL_TEXT_RATIO } from './lib/visibility.js'

/** More clicks than this from the support flow's first page to a contact channel is hiding it. */
const MAX_CLICKS_TO_CONTACT = 2

/** The selectors of the cookie banners' options: answering a banner clears the way, it is not a
 * step towards help. */
const bannerOptionSelectors = (site: SiteTrace): Set<string> =>
  new Set(cookieBannersSeen(site).flatMap((b) => b.options.map((o) => o.element.selector)))

/** A page that asks for a password before anything else: a login page or a login form in its place. */
const asksToLogIn = (snapshot: PageSnapshot): boolean =>
  snapshot.elements.some((e) => e.visible && e.type === 'password') && contactChannels(snapshot).length === 0

/** Whether a step was heading for help: it opened a help or contact address, or pressed a help route. */
function headsForHelp(step: StepRecord, before: PageSnapshot | undefined): boolean {
  if (step.kind === 'goto') return isHelpAddress(/(\S*\/\S*)\s*$/.exec(step.action)?.[1]?.replace(/^["']|["']$/g, '') ?? '')
  const selector = step.target?.selector
  const pressed = selector && before ? ownElements(before).find((e) => e.selector === selector) : undefined
  return pressed !== undefined && (helpRoutes(before as PageSnapshot).includes(pressed) || isHelpAddress(pressed.href ?? ''))
}

const CHANNEL_NOUN: Record<ContactChannel['kind'], string> = { email: 'e-mail contact', phone: 'phone contact', form: 'contact form' }
const describeChannel = (c: ContactChannel): string => `${CHANNEL_NOUN[c.kind]} ${quote(c.text, 50)}`

/** The font size the route is read against: the other links and text of its own region of its own
 * document (a footer is compared with the footer, not with a chat widget's), or the page's body text
 * when it stands alone. */
function referenceSize(snapshot: PageSnapshot, route: SnapshotElement): { px: number; against: string } {
  const beside = (item: SnapshotElement | TextBlock): boolean => item.visible && item.region === route.region && item.context?.frameUrl === route.context?.frameUrl
  const siblings = [
    ...snapshot.elements.filter((e) => e !== route && beside(e) && (e.tag === 'a' || e.tag === 'button')).map((e) => e.look.fontSizePx),
    ...snapshot.texts.filter((t) => beside(t) && t.text !== route.text && t.kind !== 'heading').map((t) => t.fontSizePx),
  ].filter((px) => px > 0)
  const around = route.region ? median(siblings) : undefined
  return around !== undefined ? { px: around, against: 'the text around it' } : { px: snapshot.bodyFontSizePx, against: "the page's body text" }
}

const HELP_ADDRESS = /(?<![\p{L}])(help|hilfe|aide|ayuda|ajuda|hulp|hjelp|hj\u00e4lp|support|faq|faqs|contact|kontakt|contacto|contatti|service|kundenservice|kundeservice|kundendienst|assistance)(?![\p{L}])/iu
function isHelpAddress(address: string): boolean {
  try {
    return HELP_ADDRESS.test(decodeURIComponent(new URL(address, 'http://x').pathname))
  } catch {
    return false
  }
}

/** The pages seen logged out: in every browser context until a step typed a password. */
function loggedOutPages(site: SiteTrace): SeenStep[] {
  const pages: SeenStep[] = []
  for (const chain of contextChains(ranFlows(site))) {
    let before: PageSnapshot | undefined
    let inside = false
    for (const flow of chain) {
      for (const step of flow.steps) {
        if (fillsPassword(step, before)) inside = true
        if (step.snapshot) {
          if (!inside) pages.push({ flow, step, snapshot: step.snapshot })
          before = step.snapshot
        }
      }
    }
  }
  return pages
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
    decides: {
      how: [
      `Clicks from the support flow's first page to the page the scenario marks \`support-contact\` (the finding then says it was marked), else to the first page with an e-mail address, phone number or contact form: more than ${MAX_CLICKS_TO_CONTACT} is hiding it, as a visitor who finds no contact after two tries gives up. Answering a cookie banner is not counted: it clears the way, it does not lead anywhere.`,
      'A support flow that never reaches a contact channel, on a flow that completed.',
      'A step heading for help (a help or contact link, or a help address opened) that lands on a login form with no contact beside it: help only for those who can sign in.',
      "A support flow that opens a help address by typing it proves nothing about finding it: then the public pages the other flows walked are read, and when none links to help or contact, the help page is reachable only by its address.",
      'A contact channel seen only after a password was typed, when the same page or a help page seen logged out showed none.',
      `The only help route on a page set smaller than ${SMALL_TEXT_RATIO * 100}% of the text around it (its own region: a footer is read against the footer) or fainter than ${FAINT_CONTRAST}:1 contrast.`,
      "Help routes and contact links are the site's own: those of a chat widget or an ad, which another party's script draws into an empty frame, neither count as a contact reached nor stand in for the site's own fine-print route. A frame the site serves from its own origin is the site's.",
      ],
      flagged: 'The footer "Help" link leads to /login?next=/help, a login form with no e-mail or phone beside it; or the only route to help is a 10px #c8c8c8 "Help" link in a 15px footer.',
      notFlagged: 'The footer "Help" link leads to a help page with "Email us" and a contact form (the account page asking for a login is fine); a 12px "Contact" link in a footer whose other links are all 12px.',
    },
  },
  check(site, ctx) {
    const flows = ranFlows(site)
    const allSeen = flows.flatMap(seenSteps)
    const findings: Finding[] = []

    // (a) The support flow: how many clicks from its first page to a page with a contact channel.
    const bannerOptions = bannerOptionSelectors(site)
    const answersCookieBanner = (step: StepRecord): boolean => step.target !== undefined && bannerOptions.has(step.target.selector)
    for (const flow of flowsWithRole(site, ['support'])) {
      const seen = seenSteps(flow)
      const first = seen[0]
      if (!first) continue
      // The contact the scenario marks is the one counted to: the auditor knows where support is.
      const markedContact = seen.find((s) => s.step.mark === 'support-contact')
      const reached = markedContact ?? seen.find((s) => contactChannels(s.snapshot).length > 0)
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
      const clicks = flow.steps.filter((s) => s.index > first.step.index && s.index <= reached.step.index && isClickLike(s) && !answersCookieBanner(s)).length
      if (clicks > MAX_CLICKS_TO_CONTACT) {
        const channel = contactChannels(reached.snapshot)[0]
        const facts = { clicksToContact: clicks, maxClicks: MAX_CLICKS_TO_CONTACT, ...(markedContact ? { marked: 'support-contact' } : {}) }
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: reached.step.index,
            message: `Reaching the ${channel ? describeChannel(channel) : `page at ${pathOf(reached.snapshot.url)}`} took ${clicks} clicks from ${pathOf(first.snapshot.url)} (${flow.name} flow, steps ${first.step.index}–${reached.step.index}); more than ${MAX_CLICKS_TO_CONTACT} hides it${markedContact ? ` ${markedAs('support-contact')}` : ''}.`,
            evidence: channel ? evidenceAt(reached, channel.target, channel.text, facts) : evidenceOfPage(reached, facts),
          }),
        )
      }
    }

    // (a2) A help page that sends the visitor to a login first: support only for those who can sign in.
    for (const flow of flowsWithRole(site, ['support'])) {
      const seen = seenSteps(flow)
      for (const [i, at] of seen.entries()) {
        const before = seen[i - 1]?.snapshot
        if (!headsForHelp(at.step, before) || !asksToLogIn(at.snapshot)) continue
        if (seen.slice(0, i).some((s) => contactChannels(s.snapshot).length > 0)) break
        findings.push(
          ctx.finding({
            flow: flow.name,
            step: at.step.index,
            message: `Heading for help (${at.step.action}), the ${flow.name} flow landed on a login form at ${pathOf(at.snapshot.url)} with no e-mail address, phone number or contact form beside it: help only for those who can sign in.`,
            evidence: evidenceOfPage(at, { loginWallBeforeContact: true }),
          }),
        )
        break
      }
    }

    // (a3) A support flow that opens a help address straight away says nothing about whether a visitor
    // can find it: that is told by the links on the public pages walked.
    const publicPages = loggedOutPages(site)
    for (const flow of flowsWithRole(site, ['support'])) {
      const first = flow.steps[0]
      const landing = seenSteps(flow)[0]
      if (!first || !landing || first.kind !== 'goto' || pagePath(landing.snapshot.url) === '/' || !headsForHelp(first, undefined)) continue
      const others = publicPages.filter((s) => s.flow !== flow)
      if (others.length === 0 || others.some((s) => helpRoutes(s.snapshot).length > 0 || contactChannels(s.snapshot).length > 0)) continue
      findings.push(
        ctx.finding({
          flow: flow.name,
          step: landing.step.index,
          message: `The ${flow.name} flow opened ${pathOf(landing.snapshot.url)} by its address; none of the ${new Set(others.map((s) => pagePath(s.snapshot.url))).size} other public page(s) walked links to help or contact, so a visitor has no way there but typing it.`,
          evidence: evidenceOfPage(landing, { publicPagesWithoutHelpRoute: others.length }),
        }),
      )
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
