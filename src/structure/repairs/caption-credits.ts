import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { RepairContext, TextRepair } from './repair.js'

export const CAPTION_CREDIT_RULE = 'caption-credit'

/**
 * A credit label glued to the caption before it and the name after it
 * (`…in Queens.CreditChang W. Lee/The New York Times`), as a page's caption
 * and credit spans run together when their markup goes.
 */
const GLUED_CREDIT =
  /([.!?"”’)\]])(Credit|Credits|Photo|Photograph|Image|Source|Foto|Crédit|Bild)(?=\p{Lu}\p{Ll})/gu

/** A caption kept apart from its credit: `…in Queens. Credit: Chang W. Lee/…`. */
export const captionCredits: TextRepair = {
  id: CAPTION_CREDIT_RULE,
  stage: 'structure',
  description:
    'A caption credit glued to the caption and the name (`Queens.CreditChang W. Lee`) is set apart.',
  run(tree: Root, context: RepairContext) {
    visit(tree, 'text', (node) => {
      if (!GLUED_CREDIT.test(node.value)) return
      GLUED_CREDIT.lastIndex = 0
      node.value = node.value.replace(GLUED_CREDIT, '$1 $2: ')
      context.report(
        CAPTION_CREDIT_RULE,
        'Unexpected credit run into its caption: kept them apart',
        node,
      )
    })
  },
}
