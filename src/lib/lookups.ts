/**
 * The reader's lookup queue (browser only). Looking a word up must stay instant, so lookups are
 * collected here and sent to POST /api/lookups every few seconds and when the page is hidden or
 * left, with `keepalive` so the last batch survives navigation. Lost batches only cost statistics.
 */
const flushAfterMs = 4000;
const maxBatch = 100;
const queue = new Map<string, { root: string; form: string }[]>();
let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

export function queueLookup(slug: string, root: string, form: string): void {
	const words = queue.get(slug) ?? [];
	words.push({ root, form });
	queue.set(slug, words);
	if (!listening) {
		listening = true;
		addEventListener('pagehide', flushLookups);
		document.addEventListener(
			'visibilitychange',
			() => document.visibilityState === 'hidden' && flushLookups()
		);
	}
	timer ??= setTimeout(flushLookups, flushAfterMs);
}

export function flushLookups(): void {
	clearTimeout(timer);
	timer = undefined;
	for (const [slug, words] of queue) {
		for (let i = 0; i < words.length; i += maxBatch) {
			fetch('/api/lookups', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ slug, words: words.slice(i, i + maxBatch) }),
				keepalive: true
			}).catch(() => {});
		}
	}
	queue.clear();
}
