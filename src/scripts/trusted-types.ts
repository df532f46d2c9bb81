// The site's one Trusted Types policy. public/_headers sends `require-trusted-types-for 'script'`
// and `trusted-types arsip`: a script URL handed to a sink such as new Worker() must come from
// this policy, and this policy lets through only the site's own, same-origin scripts.

/** The policy's name, as public/_headers' `trusted-types` directive lists it. */
export const POLICY_NAME = 'arsip';

/** A script URL resolved against `page`, when it is on the page's own origin; throws otherwise. */
export function ownScriptUrl(input: string, page: string): string {
  const url = new URL(input, page);
  const own = new URL(page);
  // A blob: URL has the page's origin too, but holds whatever script made it.
  if (url.protocol !== own.protocol || url.origin !== own.origin)
    throw new TypeError(`Trusted Types (${POLICY_NAME}): ${url.href} is not a script of this site`);
  return url.href;
}

// The part of the Trusted Types API used here (TypeScript's DOM library does not have it yet).
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/**
 * One of the site's own script URLs for `new Worker()`: a TrustedScriptURL where the browser
 * enforces Trusted Types (the policy is created once, on first use), a checked string elsewhere.
 */
export function trustedScriptUrl(input: string): string {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return ownScriptUrl(input, location.href);
  policy ??= factory.createPolicy(POLICY_NAME, {
    createScriptURL: (url) => ownScriptUrl(url, location.href),
  });
  // A TrustedScriptURL stands wherever a URL string does; the DOM types only know strings.
  return policy.createScriptURL(input) as string;
}
