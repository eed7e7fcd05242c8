import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, PageRefused } from './web-import';

const page = readFileSync('tests/fixtures/web/perpustakaan-desa.html', 'utf8');
const url = new URL('https://www.kabar.example/desa/perpustakaan');

describe('extractArticle', () => {
	it('keeps the title, outlet, day and the article’s paragraphs, without the page around them', async () => {
		const values = await extractArticle(page, url);
		expect(values.title).toBe('Warga Buka Perpustakaan Desa di Balai Kampung');
		expect(values.source).toBe('Kabar Contoh');
		expect(values.publishedOn).toBe('2026-03-02');
		expect(values.text).toMatch(/^Warga Desa Sukamaju membuka perpustakaan kecil/m);
		expect(values.text).toContain('saling bertukar buku setiap bulan.');
		expect(
			values.text.split(/\n+/).filter((l) => l.startsWith('Perpustakaan dibuka'))
		).toHaveLength(1);
		for (const debris of ['Terpopuler', 'Hak cipta', 'Beranda', 'tracking', 'Pedoman media'])
			expect(values.text).not.toContain(debris);
	});

	it('falls back to the host name and the page title when the page names no outlet', async () => {
		const bare = page
			.replace(/<meta property="og:[^>]*>/g, '')
			.replace(/<meta property="article:published_time"[^>]*>/, '');
		const values = await extractArticle(bare, url);
		expect(values.source).toBe('kabar.example');
		expect(values.title).toContain('Warga Buka Perpustakaan Desa');
		expect(values.publishedOn).toBe('');
	});

	it('refuses a page with no article text', async () => {
		await expect(
			extractArticle('<html><body><script>document.write("x")</script></body></html>', url)
		).rejects.toThrow(PageRefused);
	});

	it('ends the reading of a page that takes too long, with a message', async () => {
		const teaser = '<li><a href="/lain">Berita lain tentang kota dan desa</a></li>';
		const heavy = page.replace('</main>', `</main><ul>${teaser.repeat(20_000)}</ul>`);
		await expect(extractArticle(heavy, url, 100)).rejects.toMatchObject({
			refusal: { code: 'read-too-slow' }
		});
	});
});
