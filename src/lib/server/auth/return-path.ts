/**
 * Where to send someone after they sign in or register: the one place that decides it.
 *
 * The requested value is parsed as a URL against the app's own origin, and only a result on that
 * origin whose path cannot be read as another host survives; everything else becomes `/`. Refused
 * before parsing: anything not starting with one `/`, and any backslash, whitespace or control
 * character (the URL parser silently drops tabs and newlines and reads `\` as `/`, which is how
 * `/\t/evil.example` or `/\evil.example` would otherwise slip through). Refused after parsing: a
 * path that starts with `//` — `/.//evil.example`, `/..//evil.example` and `/%2e//evil.example`
 * all normalise to one, and a browser reads `Location: //evil.example` as another site.
 */
export function safeReturnPath(value: unknown, appOrigin: string): string {
	if (typeof value !== 'string' || value.length > 2000) return '/';
	if (!value.startsWith('/') || value.startsWith('//')) return '/';
	// eslint-disable-next-line no-control-regex -- control characters are what we refuse
	if (/[\\\s\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u.test(value)) return '/';
	let url: URL;
	try {
		url = new URL(value, appOrigin);
	} catch {
		return '/';
	}
	if (url.origin !== new URL(appOrigin).origin) return '/';
	if (url.pathname.startsWith('//') || url.pathname.includes('\\')) return '/';
	const path = url.pathname + url.search + url.hash;
	// Belt and braces: what we send must parse back to the same origin.
	return new URL(path, appOrigin).origin === url.origin ? path : '/';
}
