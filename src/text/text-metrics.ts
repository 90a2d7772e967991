/** How a yes/no detector did against labels. */
export interface Confusion {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  trueNegatives: number
}

export interface DetectionMetrics {
  precision: number
  recall: number
  f1: number
}

/** Counts agreement between what a detector said and what the labels say, row by row. */
export function confusionOf(pairs: Iterable<{ predicted: boolean; actual: boolean }>): Confusion {
  const c: Confusion = { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 }
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) c.truePositives++
    else if (predicted) c.falsePositives++
    else if (actual) c.falseNegatives++
    else c.trueNegatives++
  }
  return c
}

// An empty denominator gives 0, as scikit-learn does by default: a detector that never fires has no
// precision to speak of, and should not look perfect.
const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator)

export function metricsOf(c: Confusion): DetectionMetrics {
  const precision = ratio(c.truePositives, c.truePositives + c.falsePositives)
  const recall = ratio(c.truePositives, c.truePositives + c.falseNegatives)
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) }
}

/** The share of negatives the detector fired on. */
export const falsePositiveRate = (c: Confusion): number => ratio(c.falsePositives, c.falsePositives + c.trueNegatives)
