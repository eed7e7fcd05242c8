import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { found } from './require';

function statusOf(run: () => unknown): { status: number; message: string } | undefined {
	try {
		run();
	} catch (e) {
		if (isHttpError(e)) return { status: e.status, message: e.body.message };
		throw e;
	}
	return undefined;
}

describe('found', () => {
	it('passes a found value through, including 0 and the empty string', () => {
		expect(found({ id: 1 }, 'class')).toEqual({ id: 1 });
		expect(found(0, 'class')).toBe(0);
		expect(found('', 'class')).toBe('');
		expect(found(true, 'class')).toBe(true);
	});

	it.each([null, undefined, false])('answers 404 naming the thing for %s', (missing) => {
		expect(statusOf(() => found(missing, 'class'))).toEqual({
			status: 404,
			message: 'We could not find that class.'
		});
	});
});
