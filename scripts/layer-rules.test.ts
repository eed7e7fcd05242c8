import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these plant forbidden imports in memory (no file is
// written) and check that `npm run lint`, part of `npm test`, would refuse them.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
	it('keep the database, the server, Svelte and node out of the language core', async () => {
		for (const source of [
			'$lib/server/db',
			'drizzle-orm',
			'$app/environment',
			'svelte',
			'node:fs',
			'../server/articles'
		]) {
			const errors = await importErrors(
				'src/lib/text/planted.ts',
				`import * as x from '${source}';\nexport const y = x;\n`
			);
			expect(errors, source).toHaveLength(1);
		}
	});

	it('let the language core import itself', async () => {
		const errors = await importErrors(
			'src/lib/text/planted.ts',
			`import { tokenize } from './tokenize';\nexport const y = tokenize;\n`
		);
		expect(errors).toEqual([]);
	});

	it('keep server code out of shared components', async () => {
		const errors = await importErrors(
			'src/lib/components/Planted.ts',
			`import { db } from '$lib/server/db';\nexport const y = db;\n`
		);
		expect(errors).toHaveLength(1);
	});

	it('make routes reach the database through a domain module', async () => {
		const direct = await importErrors(
			'src/routes/planted/+page.server.ts',
			`import { sql } from 'drizzle-orm';\nexport const y = sql;\n`
		);
		const domain = await importErrors(
			'src/routes/planted/+page.server.ts',
			`import * as articles from '$lib/server/articles';\nexport const y = articles;\n`
		);
		expect(direct).toHaveLength(1);
		expect(domain).toEqual([]);
	});
});
