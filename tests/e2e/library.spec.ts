import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { open } from '../support/e2e';

/**
 * Own texts: a guest pastes one and fetches one from a page this spec serves itself on 127.0.0.1
 * (the e2e server runs with BACAAN_IMPORT_ALLOW_LOOPBACK=1; without it loopback is refused, which
 * src/lib/server/web-page.test.ts proves), reads both, and nobody else can open them.
 */
const pasted = readFileSync('tests/fixtures/text/made-up-sekolah.txt', 'utf8');
const page = readFileSync('tests/fixtures/web/perpustakaan-desa.html');

let server: Server;
let base = '';
test.beforeAll(async () => {
	server = createServer((req, res) => {
		res.on('error', () => {});
		const html = { 'content-type': 'text/html; charset=utf-8' };
		switch (req.url) {
			case '/berita/perpustakaan-desa':
				return void res.writeHead(200, html).end(page);
			case '/brosur.pdf':
				return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
			case '/ke-metadata':
				return void res
					.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' })
					.end();
			case '/ke-jaringan-dalam':
				return void res.writeHead(302, { location: 'http://10.0.0.1/' }).end();
			case '/halaman-besar': {
				// 20 MB of HTML, sent as long as the reader keeps reading.
				res.writeHead(200, html);
				const chunk = Buffer.alloc(64 * 1024, ' ');
				let left = 320;
				const more = () => {
					while (left-- > 0 && !res.destroyed)
						if (!res.write(chunk)) return void res.once('drain', more);
					res.end();
				};
				return more();
			}
			default:
				res.writeHead(404, html).end('tidak ada');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => {
	server.closeAllConnections();
	server.close();
});

/** Saves the previewed text and returns its slug (from the reader's address). */
async function saveAndOpen(p: Page): Promise<string> {
	await p.getByRole('button', { name: 'Save to my texts' }).click();
	await expect(p).toHaveURL(/\/articles\/[a-z0-9-]+$/);
	return new URL(p.url()).pathname.split('/')[2];
}

test('a guest adds a pasted text and a web page, reads both, and no one else sees them', async ({
	page: p,
	browser,
	javaScriptEnabled: js,
	problems
}) => {
	await open(p, '/', js);
	await p.getByRole('link', { name: 'Add a text' }).click();
	await expect(p.getByRole('heading', { level: 1 })).toHaveText('Add a text');
	if (js) await expect(p.locator('body')).toHaveAttribute('data-hydrated', 'true');

	// 1. Pasted.
	await p.getByLabel('Title').fill('Perpustakaan Keliling Kami');
	await p.getByLabel('Source').fill('Catatan kelas');
	await p.getByLabel(/^Text/).fill(pasted);
	await p.getByRole('button', { name: 'Preview' }).click();
	await expect(p.getByRole('heading', { name: 'Preview' })).toBeVisible();
	await expect(p.locator('#preview')).toContainText('perpustakaan keliling');
	const pastedSlug = await saveAndOpen(p);
	await expect(p.getByRole('heading', { level: 1 })).toHaveText('Perpustakaan Keliling Kami');
	await expect(p.locator('article')).toContainText('Kabupaten Sleman');

	// 2. From a web address: the page's title, outlet and date fill the form.
	await open(p, '/import', js);
	await p.getByLabel('Web address').fill(`${base}/berita/perpustakaan-desa`);
	await p.getByRole('button', { name: 'Fetch the page' }).click();
	await expect(p.getByRole('heading', { name: 'Preview' })).toBeVisible();
	await expect(p.getByLabel('Title')).toHaveValue('Warga Buka Perpustakaan Desa di Balai Kampung');
	await expect(p.getByLabel('Source')).toHaveValue('Kabar Contoh');
	await expect(p.getByLabel('Published on (optional)')).toHaveValue('2026-03-02');
	await expect(p.locator('#preview')).not.toContainText('Terpopuler');
	const fetchedSlug = await saveAndOpen(p);
	await expect(p.getByRole('heading', { level: 1 })).toHaveText(
		'Warga Buka Perpustakaan Desa di Balai Kampung'
	);
	await expect(p.locator('article')).toContainText('Warga Desa Sukamaju membuka perpustakaan');
	await expect(p.locator('article')).not.toContainText('Hak cipta');

	// Both on the guest's own shelf; the word list and the quiz work on them.
	await open(p, '/', js);
	const shelf = p.getByRole('region', { name: 'Your texts' });
	await expect(shelf.getByRole('link', { name: 'Perpustakaan Keliling Kami' })).toBeVisible();
	await expect(
		shelf.getByRole('link', { name: 'Warga Buka Perpustakaan Desa di Balai Kampung' })
	).toBeVisible();
	await open(p, `/articles/${fetchedSlug}/vocabulary`, js);
	await expect(p.getByRole('heading', { level: 1 })).toHaveText('Words in this article');
	await expect(p.locator('main')).toContainText('perpustakaan');
	await open(p, `/articles/${pastedSlug}/quiz`, js);
	await p.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(p.getByRole('heading', { level: 1 })).toHaveText(/^Question 1 \/ \d+$/);

	// Someone else (a visitor, then another guest) gets a 404 for both.
	problems.allow(/^\/articles\//, 404);
	problems.allow(/^\/import$/, 400);
	const other = await (await browser.newContext({ javaScriptEnabled: js })).newPage();
	for (const slug of [pastedSlug, fetchedSlug]) {
		const response = await other.goto(`/articles/${slug}`);
		expect(response?.status()).toBe(404);
	}
	await open(other, '/import', js);
	await other.getByLabel('Web address').fill('file:///etc/passwd'); // refused, but makes a guest
	await other.getByRole('button', { name: 'Fetch the page' }).click();
	await expect(other.getByText(/not file:/)).toBeVisible();
	for (const slug of [pastedSlug, fetchedSlug]) {
		expect((await other.goto(`/articles/${slug}`))?.status()).toBe(404);
		expect((await other.goto(`/articles/${slug}/vocabulary`))?.status()).toBe(404);
	}
	await open(other, '/', js);
	await expect(other.getByRole('link', { name: 'Perpustakaan Keliling Kami' })).toHaveCount(0);
	await other.context().close();
});

test('unsafe or unsuitable addresses are refused with a message', async ({
	page: p,
	javaScriptEnabled: js,
	problems
}) => {
	problems.allow(/^\/import$/, 400);
	const cases: [string, RegExp][] = [
		['http://10.0.0.1/berita', /private network/],
		['http://169.254.169.254/latest/meta-data/', /metadata/],
		[`${base}/ke-metadata`, /redirects to one we do not fetch.*metadata/],
		[`${base}/ke-jaringan-dalam`, /redirects to one we do not fetch.*private network/],
		['file:///etc/passwd', /http and https addresses only, not file:/],
		[`${base}/halaman-besar`, /larger than 2 MB/],
		[`${base}/brosur.pdf`, /PDF, not a web page/]
	];
	for (const [address, message] of cases) {
		await open(p, '/import', js);
		await p.getByLabel('Web address').fill(address);
		await p.getByRole('button', { name: 'Fetch the page' }).click();
		await expect(p.locator('#address-error'), address).toHaveText(message);
		await expect(p.getByLabel('Web address')).toHaveValue(address);
		await expect(p.getByRole('heading', { name: 'Preview' })).toHaveCount(0);
	}
});
