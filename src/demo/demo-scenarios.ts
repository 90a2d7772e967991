import type { LoadedScenario } from '../scenario/loaded-scenario.js'
import { loadScenario } from '../scenario/load-scenario.js'
import type { DemoMailbox } from './mail/demo-mailbox.js'
import type { DemoServer } from './serve-demo.js'

/** The demo sites' scenarios, pointed at the server that is running: the files name a fixed port,
 * the server took free ones. `password` stands in for the secret the scenarios read as
 * `${env.DEMO_PASSWORD}`. A scenario's mailbox is pointed at `mailbox`'s inbox, or dropped without
 * one. */
export function loadDemoScenarios(demo: DemoServer, password: string, mailbox?: DemoMailbox): Promise<LoadedScenario[]> {
  return Promise.all(
    demo.sites.map(async (site) => {
      const { mailbox: named, ...scenario } = await loadScenario(site.scenarioFile, { ...process.env, DEMO_PASSWORD: password })
      return {
        ...scenario,
        baseUrl: new URL(new URL(scenario.baseUrl).pathname, site.baseUrl).href,
        ...(named?.imap && mailbox ? { mailbox: { ...named, imap: { ...named.imap, port: mailbox.imap.port, user: mailbox.imap.user } } } : {}),
      }
    }),
  )
}
