/** Text compared for snippets: case, punctuation spacing and runs of white space ignored. */
function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

export interface SnippetCounts {
  kept: number
  withTotal: number
  leaked: number
  withoutTotal: number
}

/** Count a page's must-keep snippets found and must-drop snippets leaked. */
export function countSnippets(
  prediction: string,
  page: { readonly with: readonly string[]; readonly without: readonly string[] },
  into: SnippetCounts,
): void {
  const text = normalize(prediction)
  for (const snippet of page.with) {
    into.withTotal++
    if (text.includes(normalize(snippet))) into.kept++
  }
  for (const snippet of page.without) {
    into.withoutTotal++
    if (text.includes(normalize(snippet))) into.leaked++
  }
}

export function emptyCounts(): SnippetCounts {
  return { kept: 0, withTotal: 0, leaked: 0, withoutTotal: 0 }
}
