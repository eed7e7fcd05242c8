/**
 * Bad input to the own-text page's actions, from a guest: empty, over-long, wrong-type and
 * malformed posts, and unsafe addresses, each get a 4xx with a message (never a 500) and store
 * nothing; a visitor's first post makes them a guest.
 */
import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { makeGuest } from '../../../tests/support/accounts';
import { outcome, routeEvent, type EventOptions } from '../../../tests/support/route-events';
import { sekolahText } from '../../../tests/support/teaching';
import { useTestDatabase } from '../../../tests/support/test-database';
import { articles, users } from '$lib/server/db/schema';
import * as page from './+page.server';

const test = useTestDatabase();
const long = 'x'.repeat(10_000);
const garbage = {
	body: '--zz\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end',
	contentType: 'multipart/form-data; boundary=zz'
};
const json = { body: '{"address":"http://10.0.0.1/"}', contentType: 'application/json' };
type Input = Pick<EventOptions, 'form' | 'body' | 'contentType'>;
type Action = keyof typeof page.actions;
const text = { title: 'Judul', source: 'Catatan', text: sekolahText };

const cases: [string, Action, Input][] = [
	['fetch: nothing', 'fetch', { form: {} }],
	['fetch: empty address', 'fetch', { form: { address: '' } }],
	['fetch: over-long address', 'fetch', { form: { address: `https://${long}` } }],
	['fetch: not an address', 'fetch', { form: { address: 'http://' } }],
	['fetch: file:', 'fetch', { form: { address: 'file:///etc/passwd' } }],
	['fetch: private', 'fetch', { form: { address: 'http://192.168.0.1/' } }],
	['fetch: metadata', 'fetch', { form: { address: 'http://169.254.169.254/latest/' } }],
	['fetch: loopback as a number', 'fetch', { form: { address: 'http://2130706433/' } }],
	['fetch: cut-off multipart', 'fetch', garbage],
	['fetch: JSON', 'fetch', json],
	['preview: nothing', 'preview', { form: {} }],
	['preview: over-long title', 'preview', { form: { ...text, title: long } }],
	['preview: too short', 'preview', { form: { ...text, text: 'Halo dunia.' } }],
	['preview: NUL byte', 'preview', { form: { ...text, text: 'a\u0000b' } }],
	['preview: JSON', 'preview', json],
	['save: nothing', 'save', { form: {} }],
	['save: over-long text', 'save', { form: { ...text, text: long.repeat(3) } }],
	['save: bad date', 'save', { form: { ...text, publishedOn: '2025-02-30' } }],
	['save: cut-off multipart', 'save', garbage]
];

describe('bad input to /import', () => {
	it.each(cases)('%s: a 4xx with a message, nothing stored', async (_name, action, input) => {
		const guest = await makeGuest(test.db);
		const event = routeEvent(test.db, { user: guest, path: `/import?/${action}`, ...input });
		const result = await outcome(() => page.actions[action](event as never));
		expect(result.status).toBeGreaterThanOrEqual(400);
		expect(result.status).toBeLessThan(500);
		expect(result.message).toMatch(/\w{3}/);
		expect((await test.db.select({ n: count() }).from(articles))[0].n).toBe(0);
	});

	it('makes a visitor a guest on their first post, not on the page load', async () => {
		const before = (await test.db.select({ n: count() }).from(users))[0].n;
		await page.load(routeEvent(test.db, { path: '/import' }) as never);
		expect((await test.db.select({ n: count() }).from(users))[0].n).toBe(before);
		const event = routeEvent(test.db, {
			path: '/import?/fetch',
			form: { address: 'http://10.0.0.1/' }
		});
		const result = await outcome(() => page.actions.fetch(event as never));
		expect(result).toMatchObject({ status: 400, message: expect.stringMatching(/private/) });
		expect(event.locals.user?.role).toBe('guest');
		expect((await test.db.select({ n: count() }).from(users))[0].n).toBe(before + 1);
	});

	it('saves a good text and opens it in the reader', async () => {
		const guest = await makeGuest(test.db);
		const event = routeEvent(test.db, { user: guest, path: '/import?/save', form: text });
		const result = await outcome(() => page.actions.save(event as never));
		expect(result.status).toBe(303);
		expect(result.location).toMatch(/^\/articles\/judul-[a-z2-9]{5}$/);
	});
});
