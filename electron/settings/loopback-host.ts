/**
 * Whether a URL's hostname (as `new URL(...).hostname` gives it, already normalised) names this
 * machine without asking a resolver: `localhost`, a 127.0.0.0/8 literal or `[::1]`. Names such as
 * `x.localhost` are refused, since a resolver may answer them with any address.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
