/** The sentences of `text`, in order. A sentence ends at `.`, `!`, `?` or `;` followed by a space,
 * at a line break, and at the bars and bullets that shop banners use instead of full stops
 * ("FLASH SALE | LIMITED TIME ONLY"). Dots inside numbers, addresses and URLs do not end one. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\s*[\n\r|•·]+\s*/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s))
}

/** How many words `text` has. */
export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length
