import { MIN_REDACTED_LENGTH } from '../scenario/secret-fields.js'

/** Query parameters that carry a credential by their name: tokens, keys, passwords, sessions,
 * signatures, one-time codes. A promo code scrubbed by the same rule costs the report nothing. */
const CREDENTIAL_PARAMETER = /token|secret|passw|pwd|auth|session|\bsid\b|sig|key|otp|jwt|credential|code/i

/** What a site's address given to a scan carries that only its owner should see: the user name and
 * password before the host, and the values of query parameters named like credentials. A scan
 * types nothing, so these are the only secrets it can know of; they are scrubbed and masked like a
 * scenario's `${env.*}` values. Values too short to replace safely are left, as for typed secrets. */
export function urlSecrets(address: string): string[] {
  const url = new URL(address)
  const found = [url.username, url.password].map(decodeComponent)
  for (const [name, value] of url.searchParams) if (CREDENTIAL_PARAMETER.test(name)) found.push(value)
  return [...new Set(found.filter((value) => value.length >= MIN_REDACTED_LENGTH))]
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
