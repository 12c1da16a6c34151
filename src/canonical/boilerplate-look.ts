import { PREVIEW_LENGTH } from '../messages/report-removal.js'

/**
 * What a paragraph repeated across sites must look like to be removed as
 * boilerplate: short, or a call to action or a legal line. A long paragraph
 * found in many articles is a syndicated story or shared instructions:
 * content, never removed by this look alone.
 */
export const BOILERPLATE_TEXT: readonly RegExp[] = [
  // calls to action
  /\b(?:subscribe|sign up|newsletter|follow us|join (?:us|our)|click here|download (?:our|the|your)|get (?:started|your free)|free trial|book (?:a|your) (?:call|demo|consultation))\b/i,
  /\b(?:share (?:this|on)|leave a (?:comment|reply)|check the price|buy now|shop now|learn more)\b/i,
  // legal lines and disclosures
  /©|\ball rights reserved\b|\bprivacy policy\b|\bterms (?:of (?:use|service)|and conditions)\b/i,
  /\b(?:affiliate|commission|sponsored|disclosure|disclaimer)\b/i,
]

/**
 * `preview` is the paragraph's text, cut with an ellipsis past
 * `PREVIEW_LENGTH` (80) characters: one that is not cut is short, and short
 * repeated paragraphs look like furniture.
 */
export function looksLikeBoilerplate(preview: string): boolean {
  const short = preview.length <= PREVIEW_LENGTH && !preview.endsWith('…')
  return short || BOILERPLATE_TEXT.some((pattern) => pattern.test(preview))
}
