/**
 * The offline outbox: quiz answers and review ratings given without a connection, kept in
 * IndexedDB until the server has them. Used by pages (to keep an item, to show what waits) and
 * by the service worker (to send, src/service-worker.ts), so it needs nothing of `window`.
 *
 * Each item gets its key (a UUID, the server's idempotency key) and the time it was given when
 * it is kept, so sending it twice, or from two tabs at once, stores it once
 * (src/lib/server/offline-sync.ts). Items are filed under the account they were given in and
 * only sent in that account's session; on a shared device they wait for their learner.
 */
export interface AnswerItem {
	kind: 'answer';
	attempt: number;
	question: string;
	response: string;
}
export interface RatingItem {
	kind: 'rating';
	root: string;
	rating: 'again' | 'hard' | 'good' | 'easy';
}
export type Kept = (AnswerItem | RatingItem) & { id: string; givenAt: number; account: string };

const storeName = 'outbox';
let opened: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
	opened ??= new Promise((resolve, reject) => {
		const request = indexedDB.open('bacaan', 1);
		request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	return opened;
}

async function run<T>(
	mode: IDBTransactionMode,
	work: (store: IDBObjectStore) => IDBRequest<T> | void
): Promise<T | undefined> {
	const db = await open();
	return new Promise((resolve, reject) => {
		const tx = db.transaction(storeName, mode);
		const request = work(tx.objectStore(storeName));
		tx.oncomplete = () => resolve(request ? request.result : undefined);
		tx.onerror = () => reject(tx.error);
	});
}

/** Keeps an answer or a rating given now in `account`; returns the kept item. */
export async function keep(account: string, item: AnswerItem | RatingItem): Promise<Kept> {
	const kept: Kept = { ...item, id: crypto.randomUUID(), givenAt: Date.now(), account };
	await run('readwrite', (s) => s.put(kept));
	return kept;
}

/** The items waiting in `account`, oldest first. */
export async function waiting(account: string): Promise<Kept[]> {
	const all = (await run('readonly', (s) => s.getAll() as IDBRequest<Kept[]>)) ?? [];
	return all.filter((i) => i.account === account).sort((a, b) => a.givenAt - b.givenAt);
}

let sending: Promise<number> | undefined;

/**
 * Sends `account`'s waiting items, 100 at a time, and forgets each one the server answered for
 * (stored, already stored, superseded or refused for good). Items stay when the request fails
 * (offline, signed out, another account). Returns how many the server newly stored.
 */
export function send(account: string): Promise<number> {
	sending ??= sendAll(account).finally(() => (sending = undefined));
	return sending;
}

async function sendAll(account: string): Promise<number> {
	let stored = 0;
	const items = await waiting(account);
	for (let i = 0; i < items.length; i += 100) {
		const batch = items.slice(i, i + 100);
		const response = await fetch('/api/sync', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ account, items: batch.map(({ account: _, ...item }) => item) })
		}).catch(() => undefined);
		if (!response?.ok) break;
		const { results } = (await response.json()) as { results: { id: string; status: string }[] };
		stored += results.filter((r) => r.status === 'stored').length;
		await run('readwrite', (s) => {
			for (const r of results) s.delete(r.id);
		});
	}
	return stored;
}
