import { invalid } from '../validateOptions'

const trailingSlashes = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path)
const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

/** `/**` at the end: the path itself and everything below; `**`: anything; `*`: within one segment. */
function toRegExpSource(pattern: string): string {
  return trailingSlashes(pattern)
    .split(/(\/\*\*$|\*\*|\*)/)
    .map((part) =>
      part == '/**' ? '(?:/.*)?' : part == '**' ? '.*' : part == '*' ? '[^/]*' : escapeRegExp(part),
    )
    .join('')
}

/**
 * Turn `hideOn` path patterns into a test for a pathname: `'/checkout'`, `'/account/*'` (one
 * segment), `'/docs/**'` (`/docs` and everything below). Trailing slashes do not matter. Strings
 * only, the same in every framework: a server layout cannot hand a RegExp to a client component.
 */
export function routeMatcher(
  patterns: readonly string[] = [],
  option = 'hideOn',
): (pathname: string) => boolean {
  if (!Array.isArray(patterns)) throw invalid(option, patterns, 'an array of path patterns')
  const sources = patterns.map((pattern: unknown, index) => {
    if (typeof pattern != 'string' || pattern[0] != '/')
      throw invalid(`${option}[${index}]`, pattern, 'a path pattern starting with "/"')
    return toRegExpSource(pattern)
  })
  const route = new RegExp(`^(?:${sources.join('|')})$`)
  // With no patterns this matches only the empty string, which is no pathname.
  return (pathname) => route.test(trailingSlashes(pathname))
}
