import { describe, expect, it } from 'vitest';
import { DatabaseStartError } from './db';
import { startFailure } from './startup';

describe('startFailure', () => {
	it('says in one line what went wrong at start-up', () => {
		expect(startFailure(new DatabaseStartError('Cannot write to /srv/data: EROFS'))).toBe(
			'Cannot write to /srv/data: EROFS'
		);
		const full = Object.assign(new Error('could not extend file'), { code: 'ENOSPC' });
		expect(startFailure(full)).toBe('writing the database failed: the disk is full (ENOSPC).');
		const wrapped = new Error('Failed query: insert into "articles" …\nparams: x', {
			cause: Object.assign(new Error('read-only'), { code: 'EROFS' })
		});
		expect(startFailure(wrapped)).toBe(
			'writing the database failed: the file system is read-only (EROFS).'
		);
		const other = startFailure(new Error('first line\n    at somewhere (file.js:1:1)'));
		expect(other).toBe('preparing the database failed: first line');
	});
});
