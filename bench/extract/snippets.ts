/** Whitespace runs become one space, so that line breaks never decide a match. */
export function normalizeSnippetText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

export interface SnippetCounts {
  kept: number
  withTotal: number
  leaked: number
  withoutTotal: number
}

export function emptySnippetCounts(): SnippetCounts {
  return { kept: 0, withTotal: 0, leaked: 0, withoutTotal: 0 }
}

/** Add one page: how many `with` snippets the prediction holds and how many `without` ones leaked. */
export function countSnippets(
  counts: SnippetCounts,
  prediction: string,
  page: { readonly with: readonly string[]; readonly without: readonly string[] },
): void {
  const text = normalizeSnippetText(prediction)
  for (const snippet of page.with) {
    const needle = normalizeSnippetText(snippet)
    if (needle === '') continue
    counts.withTotal++
    if (text.includes(needle)) counts.kept++
  }
  for (const snippet of page.without) {
    const needle = normalizeSnippetText(snippet)
    if (needle === '') continue
    counts.withoutTotal++
    if (text.includes(needle)) counts.leaked++
  }
}
