import type { Parents, PhrasingContent, Root } from 'mdast'
import { toString as mdastToString } from 'mdast-util-to-string'
import { visitParents } from 'unist-util-visit-parents'
import type { RepairContext, TextRepair } from './repair.js'

export const EDIT_LINK_RULE = 'edit-link'

/**
 * Labels of a wiki's section edit links, in brackets after a heading
 * (`History [edit]`). Note: only bracketed, so a link that says "edit" in a
 * sentence stays.
 */
const EDIT_LABEL =
  /^(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|modifica|編集|编辑|править)$/i

/** `[edit]` links go, with their brackets: they edit the page the output was scraped from. */
export const editLinks: TextRepair = {
  id: EDIT_LINK_RULE,
  stage: 'structure',
  description: "A wiki's bracketed section edit links (`History [edit]`) go, with their brackets.",
  run(tree: Root, context: RepairContext) {
    const found: { node: PhrasingContent; parent: Parents }[] = []
    visitParents(tree, (node, ancestors) => {
      const parent = ancestors.at(-1) as Parents | undefined
      if (!parent) return
      if (node.type === 'link' && EDIT_LABEL.test(mdastToString(node).trim())) {
        found.push({ node, parent })
      } else if (node.type === 'text' && /\s*\[(?:edit|edit source)\]\s*$/i.test(node.value)) {
        // The link already unlinked: plain `[edit]` text at the end of a heading.
        if (parent.type !== 'heading') return
        node.value = node.value.replace(/\s*\[(?:edit|edit source)\]\s*$/i, '')
        context.report(EDIT_LINK_RULE, 'Unexpected `[edit]` after a heading: removed it', node)
      }
    })
    for (const { node, parent } of found) {
      const siblings = parent.children as PhrasingContent[]
      const index = siblings.indexOf(node)
      const before = siblings[index - 1]
      const after = siblings[index + 1]
      if (before?.type !== 'text' || after?.type !== 'text') continue
      if (!/\[\s*$/.test(before.value) || !/^\s*\]/.test(after.value)) continue
      before.value = before.value.replace(/\s*\[\s*$/, '')
      after.value = after.value.replace(/^\s*\]/, '')
      siblings.splice(index, 1)
      context.report(
        EDIT_LINK_RULE,
        'Unexpected `[edit]` link to the source wiki: removed it',
        node,
      )
    }
  },
}
