/** What says where and why a flow failed; a walked flow and a reported flow both have it. */
export interface FlowOutcome {
  name: string
  status: string
  error?: string
  steps: ReadonlyArray<{ index: number; action: string; status: string; error?: string }>
}

const failedStep = (flow: FlowOutcome) => flow.steps.find((s) => s.status === 'failed')

/** `failed at step 3, click role=button name="Cancel": matches 2 visible elements: …`: the step,
 * what it acted on (its action names the target) and why, in one line. */
export function describeFlowFailure(flow: FlowOutcome): string | undefined {
  if (flow.status !== 'failed') return undefined
  const step = failedStep(flow)
  if (!step) return `failed: ${flow.error ?? 'no reason was recorded'}`
  return `failed at step ${step.index}, ${step.action}: ${step.error ?? flow.error ?? 'no reason was recorded'}`
}

/** `the cancel flow failed at step 3`: enough to say why rules that needed the flow could not
 * check, once its full reason has been given. */
export function whereFlowFailed(flow: FlowOutcome): string | undefined {
  if (flow.status !== 'failed') return undefined
  const step = failedStep(flow)
  return `the ${flow.name} flow failed${step ? ` at step ${step.index}` : ''}`
}
