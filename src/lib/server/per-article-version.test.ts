import { describe, expect, it } from 'vitest';
import { estimateBytes, LruBytes } from './lru-bytes';
import { perArticleVersion } from './per-article-version';

describe('perArticleVersion', () => {
	it('derives once per slug and content hash, again when the content changes', () => {
		let calls = 0;
		const lengthOf = perArticleVersion(
			(a: { slug: string; contentHash: string; body: string }) => (calls++, a.body.length)
		);
		expect(lengthOf({ slug: 'a', contentHash: 'h1', body: 'abc' })).toBe(3);
		expect(lengthOf({ slug: 'a', contentHash: 'h1', body: 'ignored' })).toBe(3);
		expect(calls).toBe(1);
		expect(lengthOf({ slug: 'a', contentHash: 'h2', body: 'abcd' })).toBe(4);
		expect(calls).toBe(2);
	});

	it('keeps two derivations of one version apart in a shared cache', () => {
		const cache = new LruBytes<unknown>(1 << 20);
		const upper = perArticleVersion(
			(a: { slug: string; contentHash: string }) => a.slug.toUpperCase(),
			cache
		);
		const twice = perArticleVersion(
			(a: { slug: string; contentHash: string }) => a.slug + a.slug,
			cache
		);
		expect(upper({ slug: 'ab', contentHash: 'h' })).toBe('AB');
		expect(twice({ slug: 'ab', contentHash: 'h' })).toBe('abab');
		expect(cache.size).toBe(2);
	});

	it('forgets the least recently used version when its bytes are over budget', () => {
		let calls = 0;
		const entry = estimateBytes('x'.repeat(100));
		const derive = perArticleVersion(
			(a: { slug: string; contentHash: string }) => (calls++, a.slug.repeat(100)),
			new LruBytes<unknown>(entry * 2)
		);
		for (const slug of ['a', 'b']) derive({ slug, contentHash: 'h' });
		derive({ slug: 'a', contentHash: 'h' }); // a is now the most recent
		derive({ slug: 'c', contentHash: 'h' }); // evicts b
		expect(calls).toBe(3);
		derive({ slug: 'a', contentHash: 'h' });
		expect(calls).toBe(3);
		derive({ slug: 'b', contentHash: 'h' });
		expect(calls).toBe(4);
	});
});

describe('LruBytes', () => {
	it('counts bytes, refuses a value over the whole budget and replaces a key in place', () => {
		const cache = new LruBytes<string>(100);
		cache.set('a', 'A', 60);
		cache.set('a', 'A2', 50);
		expect(cache.bytes).toBe(50);
		cache.set('huge', 'H', 101);
		expect(cache.get('huge')).toBeUndefined();
		cache.set('b', 'B', 50);
		expect([cache.get('a'), cache.get('b'), cache.bytes]).toEqual(['A2', 'B', 100]);
		cache.set('c', 'C', 1);
		expect(cache.get('a')).toBeUndefined();
		expect(cache.bytes).toBe(51);
	});

	it('estimates nested data, counting a shared object once', () => {
		const shared = { text: 'x'.repeat(1000) };
		const one = estimateBytes({ a: shared });
		expect(one).toBeGreaterThan(2000);
		expect(estimateBytes({ a: shared, b: shared })).toBeLessThan(one + 50);
		expect(estimateBytes(new Map([['k', [1, 2, 3]]]))).toBeGreaterThan(estimateBytes([1, 2, 3]));
	});
});
