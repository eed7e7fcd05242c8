import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// scripts/patch-postgres.js runs after every npm install; without it, PostgreSQL going away under
// load can crash the server (see that script). This fails if the install skipped it, or if a new
// postgres.js no longer has the code the patch expects (then check whether upstream fixed it).
describe('the postgres.js write-scheduler patch', () => {
	it('is applied to the copy the server loads', () => {
		const entry = createRequire(import.meta.url).resolve('postgres');
		let root = dirname(entry);
		while (!existsSync(join(root, 'types'))) root = dirname(root);
		for (const file of ['src/connection.js', 'cjs/src/connection.js']) {
			const source = readFileSync(join(root, file), 'utf8');
			expect(source, file).toContain('/* bacaan: write-scheduler patch */');
			expect(source.match(/chunk = nextWriteTimer = null/g)?.length, file).toBe(4);
		}
	});
});
