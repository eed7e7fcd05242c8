import { describe, expect, it } from 'vitest';
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

	it('forgets the oldest version when full', () => {
		let calls = 0;
		const derive = perArticleVersion(
			(a: { slug: string; contentHash: string }) => (calls++, a.slug),
			2
		);
		for (const slug of ['a', 'b', 'c']) derive({ slug, contentHash: 'h' });
		derive({ slug: 'c', contentHash: 'h' });
		expect(calls).toBe(3);
		derive({ slug: 'a', contentHash: 'h' });
		expect(calls).toBe(4);
	});
});
