import { imageNames } from './image-names.js'

/** The image figure over a set of pages: Readability's content images that winnow also keeps. */
export interface ImageFigure {
  readonly label: string
  /** Whether the pages that lose all images may be listed (never for held-out pages). */
  readonly listPages: boolean
  /** Readability's distinct image file names, summed over pages. */
  peerImages: number
  /** Of those, the ones winnow's output holds too. */
  kept: number
  /** Pages where Readability keeps images and winnow keeps none of them. */
  lostAll: string[]
  /** Pages where Readability keeps at least one image. */
  pagesWithImages: number
}

export function emptyImageFigure(label: string, listPages: boolean): ImageFigure {
  return { label, listPages, peerImages: 0, kept: 0, lostAll: [], pagesWithImages: 0 }
}

/** One line per figure: the share kept and the pages that lose every image. */
export function printImageFigures(figures: readonly ImageFigure[]): void {
  for (const figure of figures) {
    const share =
      figure.peerImages === 0 ? '-' : `${((100 * figure.kept) / figure.peerImages).toFixed(1)}%`
    const lost =
      figure.listPages && figure.lostAll.length > 0 ? `: ${figure.lostAll.join(', ')}` : ''
    console.log(
      `${figure.label}: winnow keeps ${figure.kept} of the ${figure.peerImages} images Readability keeps (${share}); ${figure.lostAll.length} of ${figure.pagesWithImages} pages with Readability images lose them all${lost}`,
    )
  }
}

export function addImages(
  figure: ImageFigure,
  id: string,
  winnow: readonly string[],
  peer: readonly string[],
): void {
  const ours = imageNames(winnow)
  const theirs = imageNames(peer)
  if (theirs.size === 0) return
  figure.pagesWithImages++
  let kept = 0
  for (const name of theirs) if (ours.has(name)) kept++
  figure.peerImages += theirs.size
  figure.kept += kept
  if (kept === 0) figure.lostAll.push(id)
}
