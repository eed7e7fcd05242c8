/**
 * Many callers' reads of small keyed values served by one query, without serving anyone a value
 * older than their own request. A caller's key joins the next query that starts after it asked:
 * each query starts once the requests Node has just read have asked too (setImmediate: after this
 * turn's I/O callbacks), and while one runs, keys wait for it to finish and then all go in the
 * following one. The wait matters on PGlite, whose queries run on this thread: a query started by
 * the first request of a turn would run before the others had asked. On PostgreSQL it also
 * lets the requests read in the turn that brought a query's answer join the next query instead of
 * the one after: fewer, larger queries, and each round trip costs both processes a wake-up. A
 * value read that way reflects every change committed before the caller asked (on any instance on
 * the same database), exactly as a query of its own would, while under load one query answers
 * every request that arrived during the previous one.
 *
 * A time-to-live could not promise that, and a notification channel alone could not either: both
 * leave a window in which a change made through another server is not yet seen. That is why values
 * are kept (kept-until-changed.ts) only with a notification that writers wait for: in this process
 * on PGlite, through leases on PostgreSQL (change-leases.ts); this batching is what is left when
 * they cannot be kept.
 */
export type ReadMany<K, V> = (keys: K[]) => Promise<Map<K, V>>;

type Waiter<V> = { resolve: (value: V | undefined) => void; reject: (err: unknown) => void };

export function batchReads<K, V>(readMany: ReadMany<K, V>): (key: K) => Promise<V | undefined> {
	let waiting = new Map<K, Waiter<V>[]>();
	let running = false;

	async function run(): Promise<void> {
		while (waiting.size > 0) {
			await new Promise(setImmediate);
			const batch = waiting;
			waiting = new Map();
			try {
				const values = await readMany([...batch.keys()]);
				for (const [key, waiters] of batch) for (const w of waiters) w.resolve(values.get(key));
			} catch (err) {
				for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
			}
		}
		running = false;
	}

	return (key) =>
		new Promise<V | undefined>((resolve, reject) => {
			const waiters = waiting.get(key);
			if (waiters) waiters.push({ resolve, reject });
			else waiting.set(key, [{ resolve, reject }]);
			if (!running) {
				running = true;
				void run();
			}
		});
}
