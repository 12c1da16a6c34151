import { addImages, emptyImageFigure, type ImageFigure } from './image-figure.js'
import { loadReadabilityPages } from './readability-pages.js'
import { runReadability } from './run-readability.js'
import { runWinnow } from './run-winnow.js'

/** readability-test-pages: the image figure only (the pages have no ground truth here). */
export function runReadabilityPagesSuite(): ImageFigure {
  const figure = emptyImageFigure('readability-test-pages', true)
  for (const page of loadReadabilityPages()) {
    const winnow = runWinnow(page.html, page.id)
    const peer = runReadability(page.html)
    addImages(figure, page.id, winnow.images, peer.images)
  }
  return figure
}
