/**
 * Security headers: a strict Content-Security-Policy on every page (scripts only from us, with
 * SvelteKit's start-up script allowed by its hash: the signed-out reader page is served many times
 * from one render, and a nonce must not repeat), the other headers on static files too, and a
 * page that still hydrates and works under the policy with no violation reported.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '../support/fixtures';
import { open, shippedArticle, violationsOf } from '../support/e2e';

const pages = ['/', '/login', '/register', `/articles/${shippedArticle.slug}`];

test('every page has a strict Content-Security-Policy', async ({ request }) => {
	for (const path of pages) {
		const response = await request.get(path);
		const csp = response.headers()['content-security-policy'] ?? '';
		expect(csp, path).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
		expect(csp, path).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
		expect(csp, path).toContain("frame-ancestors 'none'");
		expect(csp, path).toContain("object-src 'none'");
		// every inline script on the page is allowed by its hash, and nothing else is
		const inline = [...(await response.text()).matchAll(/<script>([\s\S]*?)<\/script>/g)];
		expect(inline.length, path).toBeGreaterThan(0);
		for (const [, script] of inline)
			expect(csp, path).toContain(
				`'sha256-${createHash('sha256').update(script).digest('base64')}'`
			);
	}
});

test('static files carry the security headers too', async ({ request }) => {
	const response = await request.get('/favicon.svg');
	expect(response.status()).toBe(200);
	const headers = response.headers();
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['referrer-policy']).toBe('same-origin');
});

test('the reader hydrates and works under the policy, with no violation reported', async ({
	page,
	javaScriptEnabled
}) => {
	test.skip(!javaScriptEnabled, 'needs JavaScript');
	const violations = violationsOf(page);
	await open(page, `/articles/${shippedArticle.slug}`);
	// a client-side panel opening proves hydration ran (SvelteKit's nonce script was allowed)
	await page.getByRole('link', { name: 'menghukum', exact: true }).click();
	const panel = page.getByRole('complementary', { name: 'Word details' });
	await expect(panel.getByRole('heading', { name: 'menghukum' })).toBeVisible();
	await open(page, '/login');
	expect(violations).toEqual([]);
});
