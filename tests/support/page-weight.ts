import type { Page } from '@playwright/test';

export interface PageWeight {
	/** Everything on the wire: compressed bodies plus HTTP headers. */
	totalBytes: number;
	/** Compressed JavaScript bodies (headers excluded), the size of the code a phone downloads. */
	scriptBytes: number;
	headerBytes: number;
	requests: number;
}

/**
 * Bytes for one cold page load, read from Chromium's DevTools protocol. Chromium offers brotli
 * only over HTTPS, which a real deployment uses; on the test server's plain HTTP we ask for it
 * explicitly when `acceptEncoding` says so, to measure what a phone on HTTPS downloads.
 */
export async function measurePageWeight(
	page: Page,
	path: string,
	acceptEncoding = 'gzip, deflate, br'
): Promise<PageWeight> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	// A cold first visit: the service worker an earlier page of this context installed (it
	// registers after load) would otherwise answer from its caches.
	await cdp.send('Network.setBypassServiceWorker', { bypass: true });
	await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
	const responses = new Map<string, { type: string; headerBytes: number }>();
	const weight: PageWeight = { totalBytes: 0, scriptBytes: 0, headerBytes: 0, requests: 0 };
	cdp.on('Network.responseReceived', (e) => {
		if (process.env.DEBUG_WEIGHT) console.log(e.type, e.response.url);
		responses.set(e.requestId, { type: e.type, headerBytes: e.response.encodedDataLength });
	});
	cdp.on('Network.loadingFinished', (e) => {
		const response = responses.get(e.requestId);
		const headerBytes = response?.headerBytes ?? 0;
		weight.totalBytes += e.encodedDataLength;
		weight.headerBytes += headerBytes;
		weight.requests += 1;
		if (response?.type === 'Script') weight.scriptBytes += e.encodedDataLength - headerBytes;
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	// Hydrated means every script of the first load has run (the root layout marks it on mount);
	// then the network settles once more, so nothing of this load is left to be counted by the next.
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	await page.waitForLoadState('networkidle');
	await cdp.detach();
	return weight;
}
