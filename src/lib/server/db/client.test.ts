import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

	it('takes over a lock left by a dead process, and releases its own on close', async () => {
		const folder = tempFolder();
		writeFileSync(join(folder, 'bacaan.lock'), '2147483646');
		const open = await openDatabase({ dataDir: folder });
		expect(readFileSync(join(folder, 'bacaan.lock'), 'utf8')).toBe(String(process.pid));
		await open.close();
		expect(existsSync(join(folder, 'bacaan.lock'))).toBe(false);
	});
});

describe('describeUrl', () => {
	it('names host, port and database, never the password', () => {
		expect(describeUrl('postgres://u:pw@db.example:6543/app')).toBe('db.example:6543/app');
		expect(describeUrl('postgres://localhost/app')).toBe('localhost:5432/app');
		expect(describeUrl('not a url')).toBe('(an unparseable DATABASE_URL)');
	});
});
