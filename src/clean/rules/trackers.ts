/** Largest width or height, in CSS pixels, that still counts as a tracking pixel. */
export const TRACKING_PIXEL_MAX_SIZE = 1

/**
 * Hosts (and path prefixes) that serve tracking pixels and beacons. An image
 * from one of them is removed whatever its size.
 */
export const trackerUrlPatterns: readonly RegExp[] = [
  /^(?:https?:)?\/\/(?:[\w-]+\.)*facebook\.com\/tr\b/i,
  /^(?:https?:)?\/\/pixel\.wp\.com\//i,
  /^(?:https?:)?\/\/stats\.wp\.com\//i,
  /^(?:https?:)?\/\/px\.ads\.linkedin\.com\//i,
  /^(?:https?:)?\/\/(?:[\w-]+\.)*google-analytics\.com\//i,
  /^(?:https?:)?\/\/(?:[\w-]+\.)*doubleclick\.net\//i,
  /^(?:https?:)?\/\/(?:[\w-]+\.)*googleadservices\.com\//i,
  /^(?:https?:)?\/\/bat\.bing\.com\//i,
  /^(?:https?:)?\/\/(?:[\w-]+\.)*scorecardresearch\.com\//i,
  /^(?:https?:)?\/\/pixel\.quantserve\.com\//i,
  /^(?:https?:)?\/\/ct\.pinterest\.com\//i,
  /^(?:https?:)?\/\/analytics\.twitter\.com\//i,
  /^(?:https?:)?\/\/t\.co\/i\/adsct/i,
  // Note: affiliate networks' impression pixels (Impact's `/i/` paths).
  /^(?:https?:)?\/\/[\w.-]+\.(?:pxf\.io|sjv\.io|7eer\.net|8odi\.net|evyy\.net|ojrq\.net)\/i\//i,
  /^(?:https?:)?\/\/(?:[\w-]+\.)*impactradius-event\.com\//i,
]

/** Inline styles that hide an element. */
export const hiddenStylePattern =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$|!))/i
