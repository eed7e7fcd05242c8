import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGuest, makeStudent, makeTeacher } from '../../../tests/support/accounts';
import { useTestDatabase } from '../../../tests/support/test-database';
import * as articleStore from './articles';
import * as bank from './question-bank';
import * as classes from './classes';
import { listShippedArticles } from './content';
import { quotaText, refusalShown } from '$lib/refusals';
import * as library from './library';
import * as throttle from './auth/throttle';
import { fetchDefaults } from './web-page';

const test = useTestDatabase();
const sekolah = readFileSync('tests/fixtures/text/made-up-sekolah.txt', 'utf8');
const page = readFileSync('tests/fixtures/web/perpustakaan-desa.html');

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};
const own = (text = sekolah) => form({ title: 'Sekolah Kami', source: 'Catatan saya', text });

let server: Server;
let base: string;
beforeAll(async () => {
	server = createServer((req, res) => {
		if (req.url === '/artikel') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
		else res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});
const loopbackAllowed = { ...fetchDefaults, allowLoopback: true };

describe('own texts', () => {
	it('a guest’s text is theirs alone: listed as own, 404 for everyone else', async () => {
		await articleStore.loadShipped(test.db, listShippedArticles());
		const guest = await makeGuest(test.db);
		const teacher = await makeTeacher(test.db);
		const classmate = await makeStudent(test.db);
		const saved = await library.publishOwn(test.db, guest.id, '198.51.100.7', own());
		expect(saved.ok).toBe(true);
		const slug = saved.ok ? saved.slug : '';
		const mine = await articleStore.findVisible(test.db, slug, guest);
		expect(mine).toMatchObject({ origin: 'imported', ownerId: guest.id, title: 'Sekolah Kami' });
		// Its questions are stored for the quiz, as a teacher's import's are.
		expect((await bank.visiblePool(test.db, mine!, null)).length).toBeGreaterThan(5);
		for (const viewer of [teacher, classmate, await makeGuest(test.db), null])
			expect(await articleStore.findVisible(test.db, slug, viewer)).toBeUndefined();
		const listed = await articleStore.list(test.db, guest);
		expect(listed.filter((a) => a.own).map((a) => a.slug)).toEqual([slug]);
		expect(listed.filter((a) => !a.own)).toHaveLength(listShippedArticles().length);
		expect((await articleStore.list(test.db, teacher)).some((a) => a.slug === slug)).toBe(false);
	});

	it('a student’s text is not shown to their teacher or class; a teacher’s still is', async () => {
		const teacher = await makeTeacher(test.db);
		const [student, classmate] = [await makeStudent(test.db), await makeStudent(test.db)];
		const { joinCode } = await classes.create(test.db, teacher.id, 'Kelas A');
		await classes.join(test.db, student.id, joinCode);
		await classes.join(test.db, classmate.id, joinCode);
		const studentText = await library.publishOwn(test.db, student.id, '198.51.100.7', own());
		const teacherText = await library.publishOwn(test.db, teacher.id, '198.51.100.7', own());
		if (!studentText.ok || !teacherText.ok) throw new Error('not saved');
		expect(studentText.slug).not.toBe(teacherText.slug);
		for (const viewer of [teacher, classmate])
			expect(await articleStore.findVisible(test.db, studentText.slug, viewer)).toBeUndefined();
		for (const viewer of [student, classmate])
			expect((await articleStore.findVisible(test.db, teacherText.slug, viewer))?.slug).toBe(
				teacherText.slug
			);
	});

	it('refuses bad input with a message, before counting it', async () => {
		const guest = await makeGuest(test.db);
		const result = await library.publishOwn(test.db, guest.id, '198.51.100.7', own('Halo.'));
		expect(result).toMatchObject({ ok: false, status: 400 });
		expect(!result.ok && result.errors.text).toMatch(/at least 30 words/);
		const tooLong = await library.publishOwn(
			test.db,
			guest.id,
			'198.51.100.7',
			own((sekolah + '\n').repeat(25))
		);
		expect(!tooLong.ok && tooLong.errors.text).toMatch(/at most 20,000/);
	});
});

describe('import limits', () => {
	it('caps texts per account an hour, and per address across accounts', async () => {
		const first = await makeGuest(test.db);
		const limit = throttle.limits.importsPerUser.attempts;
		for (let i = 0; i < limit; i++)
			expect(await library.quotaRefusal(test.db, 'publish', first.id, '203.0.113.9')).toBeNull();
		const over = await library.quotaRefusal(test.db, 'publish', first.id, '203.0.113.9');
		expect(over).toEqual({ kind: 'publish', who: 'user', limit: 20, minutes: 60 });
		expect(quotaText(over!)).toMatch(
			/You have imported 20 texts this hour.*Try again in 60 minutes/
		);
		// Refused at publishing, with the message and what was typed.
		const refused = await library.publishOwn(test.db, first.id, '203.0.113.9', own());
		expect(refused).toMatchObject({ ok: false, status: 429, values: { title: 'Sekolah Kami' } });
		// Another account is not limited by the first one's count…
		const second = await makeGuest(test.db);
		expect(await library.quotaRefusal(test.db, 'publish', second.id, '203.0.113.9')).toBeNull();
		// …but new guests from one address cannot get round the address's limit. An attempt over
		// an account's own limit is not counted against the address: 21 counted so far.
		const left = throttle.limits.importsPerAddress.attempts - limit - 1;
		for (let i = 0; i < left; i++)
			expect(await library.quotaRefusal(test.db, 'publish', 100_000 + i, '203.0.113.9')).toBeNull();
		const network = await library.quotaRefusal(test.db, 'publish', 200_000, '203.0.113.9');
		expect(quotaText(network!)).toMatch(/Your network has imported 200 texts this hour/);
		expect(await library.quotaRefusal(test.db, 'publish', 200_001, '203.0.113.10')).toBeNull();
	});

	it('caps web addresses fetched per account an hour', async () => {
		const guest = await makeGuest(test.db);
		for (let i = 0; i < throttle.limits.fetchesPerUser.attempts; i++)
			await library.quotaRefusal(test.db, 'fetch', guest.id, '203.0.113.20');
		const refused = await library.previewFromAddress(
			test.db,
			guest.id,
			'203.0.113.20',
			`${base}/artikel`,
			loopbackAllowed
		);
		expect(refused).toMatchObject({ ok: false, status: 429 });
		expect(!refused.ok && quotaText(refused.quota!)).toMatch(
			/30 pages from web addresses this hour/
		);
	});
});

describe('import from a web address', () => {
	it('fills the form from the page and previews it like a paste', async () => {
		const guest = await makeGuest(test.db);
		const result = await library.previewFromAddress(
			test.db,
			guest.id,
			'203.0.113.30',
			`${base}/artikel`,
			loopbackAllowed
		);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.values).toMatchObject({
			title: 'Warga Buka Perpustakaan Desa di Balai Kampung',
			source: 'Kabar Contoh',
			publishedOn: '2026-03-02',
			address: `${base}/artikel`
		});
		expect(result.preview.blocks.length).toBe(5);
		expect(result.preview.level.label).toMatch(/^about [ABC][12]$/);
		expect(result.preview.questions.length).toBeGreaterThan(0);
	});

	it('says why an address is refused, in the address field', async () => {
		const guest = await makeGuest(test.db);
		const at = (address: string, options = loopbackAllowed) =>
			library.previewFromAddress(test.db, guest.id, '203.0.113.31', address, options);
		const pdf = await at(`${base}/brosur.pdf`);
		const address = (result: typeof pdf) => !result.ok && refusalShown(result).errors.address;
		expect(address(pdf)).toMatch(/PDF/);
		const loopback = await at(`${base}/artikel`, { ...loopbackAllowed, allowLoopback: false });
		expect(address(loopback)).toMatch(/loopback/);
		const file = await at('file:///etc/passwd');
		expect(address(file)).toMatch(/not file:/);
	});
});
