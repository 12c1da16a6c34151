/**
 * Dates as ISO 8601, keeping what the source says and nothing more: a date
 * stays a date, a date-time without a zone stays without one (no zone is
 * guessed, and the machine's own zone is never used), and an offset the
 * source gives is kept as `±hh:mm`.
 *
 * Note: written here rather than taken from a date library because those
 * turn every value into an instant, which needs a zone the source did not
 * give; the shapes read are few and listed below.
 */

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const

/**
 * Zone names read as offsets. Note: only names with one meaning in dates on
 * the web; `CST` (US Central or China) and `IST` (India, Ireland, Israel)
 * are left out, and a date with such a name keeps its wall time with no zone.
 */
const ZONE_NAMES: Readonly<Record<string, string>> = {
  z: 'Z',
  ut: 'Z',
  utc: 'Z',
  gmt: 'Z',
  est: '-05:00',
  edt: '-04:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  cet: '+01:00',
  cest: '+02:00',
}

/** Unix times in seconds (10 digits) or milliseconds (13 digits), read as UTC. */
const UNIX_TIME = /^(\d{10}|\d{13})$/

/** `2015-07-10`, `2015-07-10T09:53`, `2015-07-10 09:53:00.000 -0400`, `…+01:00`, `…Z`. */
const ISO_LIKE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?$/i

/** `05/29/2007 09:49:00` (month first, as US pages write it) and `29.05.2007` (day first). */
const NUMERIC =
  /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?:[,\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?$/i

/** `Fri, 03 Aug 2024 02:44:36 GMT`, `3 August 2024`, `August 3, 2024 2:44 PM EDT`. */
const NAMED_MONTH =
  /^(?:[a-z]+,?\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,})\.?|([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?)\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,4})?$/i

/** The date as ISO 8601, or undefined when it is not a date winnow can read without guessing. */
export function isoDate(value: string | number): string | undefined {
  const raw = String(value).trim()
  if (UNIX_TIME.test(raw)) {
    const ms = raw.length === 10 ? Number(raw) * 1000 : Number(raw)
    return new Date(ms).toISOString().replace('.000Z', 'Z')
  }
  let match = ISO_LIKE.exec(raw)
  if (match) {
    const [, year, month, day, hour, minute, second, fraction, zone] = match
    return compose({ year, month, day, hour, minute, second, fraction, zone })
  }
  match = NUMERIC.exec(raw)
  if (match) {
    const [, first, separator, second_, year, hour, minute, second, meridiem, zone] = match
    const [month, day] = separator === '/' ? [first, second_] : [second_, first]
    return compose({ year, month, day, hour: hour12(hour, meridiem), minute, second, zone })
  }
  match = NAMED_MONTH.exec(raw)
  if (match) {
    const [, dayA, monthA, monthB, dayB, year, hour, minute, second, meridiem, zone] = match
    const month = monthNumber(monthA ?? monthB ?? '')
    if (month === undefined) return undefined
    return compose({
      year,
      month: String(month),
      day: dayA ?? dayB,
      hour: hour12(hour, meridiem),
      minute,
      second,
      zone,
    })
  }
  return undefined
}

interface Parts {
  readonly year: string | undefined
  readonly month: string | undefined
  readonly day: string | undefined
  readonly hour?: string | undefined
  readonly minute?: string | undefined
  readonly second?: string | undefined
  readonly fraction?: string | undefined
  readonly zone?: string | undefined
}

function compose(parts: Parts): string | undefined {
  const year = Number(parts.year)
  const month = Number(parts.month)
  const day = Number(parts.day)
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return undefined
  const date = `${parts.year}-${pad(month)}-${pad(day)}`
  if (parts.hour === undefined || parts.minute === undefined) return date
  const hour = Number(parts.hour)
  const minute = Number(parts.minute)
  const second = parts.second === undefined ? undefined : Number(parts.second)
  if (hour > 23 || minute > 59 || (second !== undefined && second > 60)) return undefined
  const time = `${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}${parts.fraction ?? ''}`}`
  return `${date}T${time}${offset(parts.zone)}`
}

/** `Z`, `±hh:mm`, or nothing for no zone or a zone name with more than one meaning. */
function offset(zone: string | undefined): string {
  if (zone === undefined) return ''
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (numeric) return `${numeric[1]}${numeric[2]}:${numeric[3]}`
  return ZONE_NAMES[zone.toLowerCase()] ?? ''
}

function hour12(hour: string | undefined, meridiem: string | undefined): string | undefined {
  if (hour === undefined || meridiem === undefined) return hour
  const value = Number(hour) % 12
  return String(meridiem.toLowerCase().startsWith('p') ? value + 12 : value)
}

function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number])
  return index === -1 ? undefined : index + 1
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}
