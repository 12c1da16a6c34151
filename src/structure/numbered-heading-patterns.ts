/**
 * Headings that number the items of a listicle. Each pattern captures the
 * number and the title without its numbering. Matched on the heading's plain
 * text ("## 1\. Title" reads as "1. Title").
 */
export const numberedHeadingPatterns: readonly RegExp[] = [
  // 1. Title   1) Title   #1. Title   No. 1: Title
  /^(?:#|no\.?\s*)?(\d{1,3})\s*[.)]\s+(\S.*)$/i,
  // 1: Title   1 - Title   1 – Title
  /^#?(\d{1,3})\s*(?::|-|–|—)\s*(\S.*)$/,
  // Step 1: Title   Fix 2 – Title   Tip #3. Title   Method 4 - Title   Way 5) Title
  /^(?:step|fix|tip|method|way|solution|option|reason|idea|hack|trick|part|item|thing|lesson|rule|mistake|sign|tool|app|product|pick)\s*#?(\d{1,3})\s*(?::|\.|\)|-|–|—)\s*(\S.*)$/i,
]

/** Fewest numbered headings at one level for an article to count as a listicle. */
export const MIN_LISTICLE_ITEMS = 2

export interface NumberedHeading {
  readonly number: number
  readonly title: string
}

export function parseNumberedHeading(text: string): NumberedHeading | undefined {
  const trimmed = text.trim()
  for (const pattern of numberedHeadingPatterns) {
    const match = pattern.exec(trimmed)
    if (match?.[1] && match[2]) return { number: Number(match[1]), title: match[2].trim() }
  }
  return undefined
}
