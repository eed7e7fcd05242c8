import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = (args: string[], input?: string) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/text-cli.ts', ...args], {
		cwd: root,
		input,
		encoding: 'utf8'
	});
const tmp = mkdtempSync(join(tmpdir(), 'bacaan-cli-'));
const seed = join(
	root,
	'src/content/articles',
	'putin-terima-undangan-kim-jong-un.txt' // the shipped news article, not a shelf text
);

describe('text CLI', () => {
	it('stem prints word, root and affixes per line', () => {
		const r = cli(
			['stem'],
			'menghukum\nmemperingatkan\n\nkesepakatan\nkatanya\nnegara-negara\nnilai\n'
		);
		expect(r.status).toBe(0);
		expect(r.stdout.split('\n')).toEqual([
			'menghukum\thukum\tmeN-',
			'memperingatkan\tingat\tmemper-,-kan',
			'kesepakatan\tsepakat\tke-…-an',
			'katanya\tkata\t-nya',
			'negara-negara\tnegara\treduplication',
			'nilai\tnilai\t',
			''
		]);
	});

	it('reads the text from standard input when FILE is -', () => {
		const text = 'Wali kota meresmikan pasar baru di pusat kota pada hari Senin pagi.\n';
		const r = cli(['analyze', '-'], text);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as { sentences: { text: string }[] };
		expect(out.sentences.map((s) => s.text)).toEqual([text.trim()]);
		const empty = cli(['questions', '-'], '   \n');
		expect(empty.status).toBe(1);
		expect(empty.stderr).toBe('-: empty\n');
	});

	it('analyze prints sentences, vocabulary and names with offsets into the file', () => {
		const r = cli(['analyze', seed]);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		const text = readFileSync(seed, 'utf8');
		expect(out.sentences.length).toBeGreaterThan(30);
		for (const s of out.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
		const hukum = out.vocabulary.find((e: { lemma: string }) => e.lemma === 'hukum');
		expect(hukum).toMatchObject({
			gloss: expect.any(String),
			count: 1,
			forms: [{ form: 'menghukum' }]
		});
		expect(text.slice(hukum.example.formStart, hukum.example.formEnd)).toBe('menghukum');
		expect(out.names.map((n: { name: string }) => n.name)).toContain('Kim Jong Un');
	});

	it('reduces HTML to its text with --clean, as the import page does', () => {
		const file = join(tmp, 'page.html');
		writeFileSync(
			file,
			'<div><p>Presiden &amp; menteri <b>datang</b> ke kota itu pada hari Senin.</p>' +
				'<!-- iklan --><script>alert(1)</script><p>Mereka membahas banjir.</p></div>'
		);
		const r = cli(['analyze', file, '--clean']);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout) as { body: string; sentences: { text: string }[] };
		expect(out.body).not.toMatch(/<|iklan|alert/);
		expect(out.sentences.map((s) => s.text)).toEqual([
			'Presiden & menteri datang ke kota itu pada hari Senin.',
			'Mereka membahas banjir.'
		]);
	});

	it('refuses empty, binary, oversized and missing files with one line and a non-zero exit', () => {
		const empty = join(tmp, 'empty.txt');
		writeFileSync(empty, '  \n');
		const binary = join(tmp, 'bin.dat');
		writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
		const big = join(tmp, 'big.txt');
		writeFileSync(big, 'kata '.repeat(600_000));
		for (const f of [empty, binary, big, join(tmp, 'missing.txt')]) {
			const r = cli(['analyze', f]);
			expect(r.status).not.toBe(0);
			expect(r.stderr.trim().split('\n')).toHaveLength(1);
			expect(r.stdout).toBe('');
		}
		expect(cli(['nonsense']).status).toBe(2);
	});
});
