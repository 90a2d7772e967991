/** What every text heuristic takes besides the text. */
export interface HeuristicOptions {
  /** The text's language as a BCP 47 tag ("de", "de-AT"); read from the text when missing. */
  lang?: string
}

/** What every text heuristic answers. A heuristic nominates; the rule that calls it decides. */
export interface HeuristicResult {
  match: boolean
  /** 0–1, how strongly the wording says it; absent when nothing was found. */
  score?: number
  /** The phrases that decided, as written in the text. */
  evidence: string[]
}
