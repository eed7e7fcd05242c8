import { describe, expect, it } from 'vitest';
import { inLocale } from '../../tests/support/locale';
import type { QuotaRefusal } from '$lib/server/library';
import type { PageRefusal } from '$lib/server/web-page';
import type { LookupsError } from '$lib/server/reviews';
import type { SyncError } from '$lib/server/offline-sync';
import {
	lookupsErrorText,
	pageRefusalText,
	quotaText,
	refusalShown,
	syncErrorText,
	syncResultsShown
} from './refusals';

/** One refusal of every code (and every range and cause with words of its own). */
const refusals: PageRefusal[] = [
	...[
		'loopback',
		'private',
		'uniqueLocal',
		'linkLocal',
		'unspecified',
		'carrierGradeNat',
		'broadcast',
		'multicast',
		'metadata',
		'unparsable',
		'reserved'
	].map((range) => ({ code: 'not-public' as const, range })),
	{ code: 'address-empty' },
	{ code: 'address-too-long', max: 2000 },
	{ code: 'address-malformed' },
	{ code: 'address-scheme', scheme: 'file' },
	{ code: 'address-credentials' },
	{ code: 'address-no-host' },
	{ code: 'host-unknown', host: 'contoh.test' },
	{ code: 'too-many-redirects', max: 5 },
	{ code: 'http-status', status: 404, reason: 'Not Found' },
	{ code: 'pdf' },
	{ code: 'no-type' },
	{ code: 'not-html', type: 'application/json' },
	{ code: 'too-large', max: 2 * 1024 * 1024 },
	{ code: 'too-large', max: 2 * 1024 * 1024, size: 20 * 1024 * 1024 },
	{ code: 'timeout', ms: 10_000 },
	...(['refused', 'no-such-site', 'cut', 'certificate', 'failed'] as const).map((why) => ({
		code: 'unreachable' as const,
		host: 'contoh.test',
		why
	})),
	{ code: 'redirected', refusal: { code: 'not-public', range: 'private' } },
	{ code: 'read-too-slow' },
	{ code: 'read-failed' },
	{ code: 'no-article' }
];

describe('pageRefusalText', () => {
	it.each(refusals.map((r) => [JSON.stringify(r), r] as const))(
		'says %s in English and, differently, in Indonesian',
		(_name, refusal) => {
			const en = inLocale('en', () => pageRefusalText(refusal));
			const id = inLocale('id', () => pageRefusalText(refusal));
			expect(en).toMatch(/\w{3}.*\.$/);
			expect(id).toMatch(/\w{3}.*\.$/);
			expect(id).not.toBe(en);
			expect(id).not.toMatch(/\b(the|that|we|you|your|is|of)\b/i);
		}
	);

	it('gives every range with words of its own different words from the reserved one', () => {
		const texts = refusals
			.filter((r) => r.code === 'not-public')
			.map((r) => inLocale('id', () => pageRefusalText(r)));
		expect(texts.filter((t) => t.includes('dicadangkan'))).toHaveLength(1);
	});

	it('writes sizes and times as the interface language does', () => {
		const size = { code: 'too-large', max: 2.5 * 1024 * 1024 } as const;
		expect(inLocale('en', () => pageRefusalText(size))).toContain('2.5 MB');
		expect(inLocale('id', () => pageRefusalText(size))).toContain('2,5 MB');
		const slow = { code: 'timeout', ms: 300 } as const;
		expect(inLocale('id', () => pageRefusalText(slow))).toContain('0,3 detik');
	});

	it('quotes the site’s English reason phrase in English only', () => {
		const status = { code: 'http-status', status: 404, reason: 'Not Found' } as const;
		expect(inLocale('en', () => pageRefusalText(status))).toBe(
			'The site answered 404 (Not Found), not the page.'
		);
		expect(inLocale('id', () => pageRefusalText(status))).toBe(
			'Situs itu menjawab dengan kode 404, bukan dengan halaman yang diminta.'
		);
	});
});

describe('quotaText', () => {
	const quota: QuotaRefusal = { kind: 'fetch', who: 'network', limit: 300, minutes: 1 };
	it('says whose limit, of what, and how long to wait', () => {
		expect(inLocale('en', () => quotaText(quota))).toBe(
			'Your network has imported 300 pages from web addresses this hour, the most we take. Try again in 1 minute.'
		);
		expect(inLocale('id', () => quotaText({ ...quota, kind: 'publish', who: 'user' }))).toBe(
			'Kamu sudah mengimpor 300 teks dalam jam ini, batas terbanyak yang diizinkan. Coba lagi dalam 1 menit.'
		);
	});
});

describe('refusalShown', () => {
	it('puts a page refusal under the address field and a limit over the form', () => {
		const base = { ok: false, values: {}, errors: { title: 'x' }, message: undefined };
		expect(refusalShown({ ...base, page: { code: 'pdf' } })).toEqual({
			ok: false,
			values: {},
			errors: { title: 'x', address: expect.stringMatching(/PDF/) },
			message: undefined
		});
		const quota: QuotaRefusal = { kind: 'publish', who: 'user', limit: 20, minutes: 5 };
		expect(refusalShown({ ...base, quota }).message).toMatch(/20 texts/);
	});
});

describe('the reader’s lookups and the offline outbox', () => {
	const lookups: LookupsError[] = ['no-slug', 'no-words', 'too-many', 'bad-root', 'bad-form'];
	const sync: SyncError[] = ['no-account', 'no-items', 'too-many', 'bad-item'];
	const says = [
		...lookups.map((code) => [`lookups ${code}`, () => lookupsErrorText(code)] as const),
		...sync.map((code) => [`sync ${code}`, () => syncErrorText(code)] as const)
	];

	it.each(says)('says %s in both languages', (_name, say) => {
		const en = inLocale('en', say);
		const id = inLocale('id', say);
		expect(en).toMatch(/\w{3}.*\.$/);
		expect(id).toMatch(/\w{3}.*\.$/);
		expect(id).not.toBe(en);
	});

	it('gives a refused rating a message and leaves the quiz’s own alone', () => {
		const results = inLocale('id', () =>
			syncResultsShown([
				{ id: 'a', status: 'refused', code: 'not-in-reviews' },
				{ id: 'b', status: 'refused', code: 'finished', message: 'Kuis ini sudah selesai.' },
				{ id: 'c', status: 'stored', at: 1 }
			])
		);
		expect(results).toEqual([
			{
				id: 'a',
				status: 'refused',
				code: 'not-in-reviews',
				message: expect.stringMatching(/ulangan/)
			},
			{ id: 'b', status: 'refused', code: 'finished', message: 'Kuis ini sudah selesai.' },
			{ id: 'c', status: 'stored', at: 1 }
		]);
	});
});
