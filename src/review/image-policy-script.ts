/** The query string that lets the review page load `https:` images. */
export const IMAGES_OPT_IN = 'images=on'

/**
 * The review page's first script, in `<head>` before anything from the
 * inputs. Unless the page was opened with `?images=on`, it adds a second
 * Content-Security-Policy, `img-src 'none'`: policies only add up, so no
 * image can load, whatever the page script does. It records the state on
 * `<html data-images>` for the page script and the style sheet.
 */
export const IMAGE_POLICY_SCRIPT = `(function () {
  var on = /(?:^|[?&])${IMAGES_OPT_IN}(?:&|$)/.test(location.search.slice(1));
  document.documentElement.setAttribute('data-images', on ? 'on' : 'off');
  if (on) return;
  var meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "img-src 'none'";
  document.head.appendChild(meta);
})();`
