/**
 * A least-recently-used cache bounded by bytes rather than entries: an article's analysed document
 * and a rendered page differ in size by two orders of magnitude, so a count says little about
 * memory. A Map keeps insertion order, so re-inserting on every hit makes its first key the least
 * recently used; eviction walks from there until the total fits.
 */
export class LruBytes<V> {
	readonly #entries = new Map<string, { value: V; bytes: number }>();
	#total = 0;

	constructor(readonly maxBytes: number) {}

	get(key: string): V | undefined {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		return entry.value;
	}

	/** Stores `value` as `bytes` large; a value larger than the whole budget is not kept. */
	set(key: string, value: V, bytes: number): void {
		this.delete(key);
		if (bytes > this.maxBytes) return;
		this.#entries.set(key, { value, bytes });
		this.#total += bytes;
		for (const [oldest, entry] of this.#entries) {
			if (this.#total <= this.maxBytes) break;
			this.#entries.delete(oldest);
			this.#total -= entry.bytes;
		}
	}

	delete(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		this.#entries.delete(key);
		this.#total -= entry.bytes;
	}

	clear(): void {
		this.#entries.clear();
		this.#total = 0;
	}

	get bytes(): number {
		return this.#total;
	}

	get size(): number {
		return this.#entries.size;
	}
}

/**
 * About how many bytes of heap `value` holds: strings at two bytes a character, numbers at eight,
 * objects, arrays, Maps and Sets at their contents plus a small header. Shared objects are counted
 * once. An estimate for budgeting, not an exact figure.
 */
export function estimateBytes(value: unknown, seen = new Set<object>()): number {
	if (typeof value === 'string') return 16 + value.length * 2;
	if (typeof value !== 'object' || value === null) return 8;
	if (seen.has(value)) return 0;
	seen.add(value);
	if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
	let total = 32;
	if (value instanceof Map) {
		for (const [k, v] of value) total += 16 + estimateBytes(k, seen) + estimateBytes(v, seen);
	} else if (value instanceof Set || Array.isArray(value)) {
		for (const v of value) total += 8 + estimateBytes(v, seen);
	} else {
		for (const [k, v] of Object.entries(value)) total += 8 + k.length + estimateBytes(v, seen);
	}
	return total;
}
