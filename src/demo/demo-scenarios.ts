import type { LoadedScenario } from '../scenario/loaded-scenario.js'
import { loadScenario } from '../scenario/load-scenario.js'
import type { DemoServer } from './serve-demo.js'

/** The demo sites' scenarios, pointed at the server that is running: the files name a fixed port,
 * the server took free ones. `password` stands in for the secret the scenarios read as
 * `${env.DEMO_PASSWORD}`. */
export function loadDemoScenarios(demo: DemoServer, password: string): Promise<LoadedScenario[]> {
  return Promise.all(
    demo.sites.map(async (site) => {
      const scenario = await loadScenario(site.scenarioFile, { ...process.env, DEMO_PASSWORD: password })
      return { ...scenario, baseUrl: new URL(new URL(scenario.baseUrl).pathname, site.baseUrl).href }
    }),
  )
}
