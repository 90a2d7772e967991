export { defineScenario, type FlowDefinition, type ScenarioDefinition } from './scenario/define-scenario.js'
export type { FlowScript, ScriptTools } from './scenario/loaded-scenario.js'
export type { Step, Target } from './scenario/schema.js'
