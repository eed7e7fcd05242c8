/**
 * A page with no layout around it, for when the app cannot render one: the server while the
 * database is away (src/lib/server/unavailable.ts) and the service worker offline on a page never
 * saved (src/service-worker.ts). `main` is the markup inside <main>, already in `locale`.
 */
export function standalonePage(locale: string, title: string, main: string): string {
	return (
		`<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
		`<title>${title} · Bacaan</title>` +
		'<meta name="viewport" content="width=device-width, initial-scale=1"></head>' +
		`<body><main>${main}</main></body></html>`
	);
}
