import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseStartError, describeUrl, openDatabase } from './client';

const folders: string[] = [];
function tempFolder() {
	const folder = mkdtempSync(join(tmpdir(), 'bacaan-db-'));
	folders.push(folder);
	return folder;
}
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

describe('openDatabase', () => {
	it('explains in one line which PostgreSQL it could not reach', async () => {
		const error = await openDatabase({ url: 'postgres://nobody:secret@127.0.0.1:1/bacaan' }).catch(
			(e) => e
		);
		expect(error).toBeInstanceOf(DatabaseStartError);
		expect(error.message).toMatch(/^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/bacaan: .+/);
		expect(error.message).not.toContain('secret');
		expect(error.message).not.toContain('\n');
	});

	it('refuses a PGlite folder that another live process holds', async () => {
		const folder = tempFolder();
		writeFileSync(join(folder, 'bacaan.lock'), String(process.ppid)); // our parent is alive
		const error = await openDatabase({ dataDir: folder }).catch((e) => e);
		expect(error).toBeInstanceOf(DatabaseStartError);
		expect(error.message).toContain(`in use by another Bacaan process (pid ${process.ppid})`);
		expect(readFileSync(join(folder, 'bacaan.lock'), 'utf8')).toBe(String(process.ppid));
	});

	it(
		'takes over a lock left by a dead process, and releases its own on close',
		{ timeout: 90_000 },
		async () => {
			const folder = tempFolder();
			writeFileSync(join(folder, 'bacaan.lock'), '2147483646');
			const open = await openDatabase({ dataDir: folder });
			expect(readFileSync(join(folder, 'bacaan.lock'), 'utf8')).toBe(String(process.pid));
			await open.close();
			expect(existsSync(join(folder, 'bacaan.lock'))).toBe(false);
		}
	);
});

describe('describeUrl', () => {
	it('names host, port and database, never the password', () => {
		expect(describeUrl('postgres://u:pw@db.example:6543/app')).toBe('db.example:6543/app');
		expect(describeUrl('postgres://localhost/app')).toBe('localhost:5432/app');
		expect(describeUrl('not a url')).toBe('(an unparseable DATABASE_URL)');
	});
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('instances starting together on PostgreSQL', () => {
	// Each openDatabase has its own pool, so these race at the database as separate servers would.
	it.each([2, 4])('%i instances on one empty database all come up', async (count) => {
		const adminUrl = process.env.TEST_DATABASE_URL!;
		const name = `bacaan_start_${process.pid}_${count}_${Math.random().toString(36).slice(2, 6)}`;
		const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database "${name}"`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		try {
			const started = await Promise.allSettled(
				Array.from({ length: count }, () => openDatabase({ url: url.toString() }))
			);
			const failed = started.filter((s) => s.status === 'rejected');
			await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.close() : null)));
			expect(failed.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
			const check = postgres(url.toString(), { max: 1, onnotice: () => {} });
			const [{ applied }] =
				await check`select count(*)::int as applied from drizzle.__drizzle_migrations`;
			await check.end();
			expect(applied).toBe(readdirSync('drizzle').filter((f) => f.endsWith('.sql')).length);
		} finally {
			await admin.unsafe(`drop database if exists "${name}" with (force)`);
			await admin.end();
		}
	});
});

describe('the embedded database folder', () => {
	it('explains in one line a folder that cannot be created', async () => {
		const parent = tempFolder();
		writeFileSync(join(parent, 'a-file'), 'not a folder');
		const error = await openDatabase({ dataDir: join(parent, 'a-file', 'pglite') }).catch((e) => e);
		expect(error).toBeInstanceOf(DatabaseStartError);
		expect(error.message).toMatch(/^Cannot create the embedded database folder .+: .+/);
		expect(error.message).not.toContain('\n');
	});

	it('lets exactly one of eight processes take over a stale lock at once', async () => {
		const folder = tempFolder();
		writeFileSync(join(folder, 'bacaan.lock'), '2147483646'); // a pid that cannot be alive
		// A winner holds the lock (stays alive) until every process has answered.
		const script =
			`import { lockFolder } from './src/lib/server/db/client.ts';` +
			`try { lockFolder(process.argv[1]); console.log('won'); } catch { console.log('lost'); }` +
			`process.stdin.resume(); process.stdin.on('end', () => process.exit(0));`;
		const children = Array.from({ length: 8 }, () =>
			spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, folder], {
				stdio: ['pipe', 'pipe', 'inherit']
			})
		);
		const results = await Promise.all(
			children.map(
				(child) =>
					new Promise<string>((resolve) => {
						let out = '';
						child.stdout.on('data', (d) => {
							out += d;
							if (out.includes('\n')) resolve(out.trim());
						});
						child.on('close', () => resolve(out.trim()));
					})
			)
		);
		const closed = children.map((child) => new Promise((r) => child.on('close', r)));
		for (const child of children) child.stdin.end();
		await Promise.all(closed);
		expect(results.filter((r) => r === 'won')).toHaveLength(1);
		expect(results.filter((r) => r === 'lost')).toHaveLength(7);
	}, 60_000);
});
