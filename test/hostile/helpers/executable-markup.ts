import type { Element, Nodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { micromark } from 'micromark'

/** Elements that run script, load other documents or change how a page behaves. */
const forbiddenElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'svg',
  'math',
  'form',
  'template',
])
const urlProperties = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'data',
  'poster',
  'background',
  'xLinkHref',
  'srcSet',
  'cite',
])
const dangerousScheme = /^(?:javascript|data|vbscript|file):/i

/** What in a piece of HTML could run script: elements, event handlers, script URLs. */
export function executableMarkup(html: string): string[] {
  const found: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'element') check(node, found)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(fromHtml(html, { fragment: true }))
  return found
}

function check(element: Element, found: string[]): void {
  if (forbiddenElements.has(element.tagName)) found.push(`<${element.tagName}>`)
  for (const [name, value] of Object.entries(element.properties)) {
    if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`)
    if (!urlProperties.has(name)) continue
    for (const url of Array.isArray(value) ? value : [value]) {
      // Browsers ignore control characters and white space inside a scheme.
      const normalized = [...String(url)].filter((char) => char > ' ').join('')
      if (dangerousScheme.test(normalized)) found.push(`${element.tagName}[${name}=${String(url)}]`)
    }
  }
}

/**
 * Render Markdown as an unsafe CommonMark renderer would (raw HTML allowed,
 * and, for `dangerousProtocols`, any URL scheme) and list what could run.
 */
export function executableInMarkdown(
  markdown: string,
  options: { readonly dangerousProtocols?: boolean } = {},
): string[] {
  return executableMarkup(
    micromark(markdown, {
      allowDangerousHtml: true,
      allowDangerousProtocol: options.dangerousProtocols ?? false,
    }),
  )
}
