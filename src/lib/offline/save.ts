/**
 * "Save for offline" (browser only): asks the server which pages make up an article for offline
 * use (it starts or resumes the learner's quiz, so its questions exist), then has the service
 * worker fetch and keep each of them (src/service-worker.ts, message `save`).
 */
import { m } from '$lib/paraglide/messages';

export interface Saved {
	saved: number;
	failed: number;
}

export async function saveForOffline(slug: string): Promise<Saved> {
	if (!('serviceWorker' in navigator)) throw new Error(m.offline_no_worker_support());
	const registration = await navigator.serviceWorker.register('/service-worker.js');
	const response = await fetch(`/articles/${slug}/offline/pages`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: '{}'
	});
	if (!response.ok) throw new Error(m.offline_server_answered({ status: response.status }));
	const { urls: pages } = (await response.json()) as { urls: string[] };
	// With each page but the word pages (hundreds, reached by the panel instead), the route
	// SvelteKit's client asks for when a link leads there, so links work offline.
	const urls = pages.flatMap((url) =>
		/\/(words\/[^/]+|cards)$/.test(url) ? [url] : [url, `${url.replace(/\/$/, '')}/__route.js`]
	);
	const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
	if (!worker) throw new Error(m.offline_worker_not_running());
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event) => resolve(event.data as Saved);
		worker.postMessage({ type: 'save', urls }, [channel.port2]);
	});
}
