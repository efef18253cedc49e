/**
 * The web host's per-launch secret as a cookie (http-server.ts trades it from
 * the printed URL once).
 *
 * A cookie belongs to a host name, not to a port: the browser sends the
 * cookies of 127.0.0.1 to every port of it, and any page served from one of
 * them may set cookies for all. Two consequences, both handled here:
 *  - Under one shared name, opening a second web host (another library)
 *    replaced the first one's cookie, and every save and journal write of the
 *    first tab was refused from then on. The name is now the library's: two
 *    libraries, two cookies. Not the port's: each launch takes a new port, and
 *    a browser kept open would gather one cookie per launch until its requests
 *    outgrew the server's header limit; a library's next launch replaces its
 *    last one's cookie instead.
 *  - A request may carry several cookies of that name (another page on
 *    127.0.0.1 set one with a longer path, which the browser sends first): it
 *    is let in when any of them holds the secret. Comparing only the first let
 *    such a page lock the reporter out. A wrong value never lets anyone in.
 * What no cookie can prevent: other servers on 127.0.0.1 receive it too
 * (docs/security.md, "Known limits").
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The cookie of the web host serving `library` (a path; not secret, so only hashed for its length). */
export function secretCookieName(library: string): string {
  return `newsdesk_secret_${createHash('sha256').update(library).digest('hex').slice(0, 16)}`;
}

/** The Set-Cookie value that hands the secret to the browser. */
export function secretCookie(name: string, secret: string): string {
  return `${name}=${secret}; HttpOnly; SameSite=Strict; Path=/`;
}

/** Whether any cookie called `name` in a Cookie header holds `secret`. */
export function carriesSecret(
  cookieHeader: string | undefined,
  name: string,
  secret: string,
): boolean {
  let found = false;
  for (const part of (cookieHeader ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    // No early return: every candidate is compared, in constant time each.
    if (key === name && sameSecret(rest.join('='), secret)) found = true;
  }
  return found;
}

/** Constant-time comparison (the length is not a secret). */
export function sameSecret(offered: string | undefined, secret: string): boolean {
  if (offered === undefined) return false;
  const a = Buffer.from(offered);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
