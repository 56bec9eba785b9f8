/** What chatmount's Trusted Types policy makes: the script URL, and the text Rayzing's element carries. */
export interface TrustedValues {
  createScriptURL(url: string): string
  createScript(text: string): string
}

const plain: TrustedValues = { createScriptURL: (value) => value, createScript: (value) => value }

// One policy per window: Trusted Types refuse a second policy of the same name.
let policyOwner: unknown
let policy: TrustedValues = plain

/**
 * Values in the form Trusted Types ask for where a CSP enforces them, made by chatmount's own policy
 * `chatmount`, which is only ever given what core has validated (the script URL, a token). Where
 * the policy may not be created (the CSP's `trusted-types` list leaves it out), plain strings,
 * which work wherever Trusted Types are not enforced.
 */
export function trusted(win: Window): TrustedValues {
  const factory = (
    win as { trustedTypes?: { createPolicy(name: string, rules: TrustedValues): TrustedValues } }
  ).trustedTypes
  if (!factory) return plain
  if (policyOwner !== factory) {
    policyOwner = factory
    try {
      policy = factory.createPolicy('chatmount', plain)
    } catch {
      policy = plain
    }
  }
  return policy
}
