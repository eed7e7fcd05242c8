import { describe, expect, it } from 'vitest';
import { batchReads } from './read-batch';

/** A store whose reads the test finishes by hand, recording which keys each read asked for. */
function store() {
	const values = new Map<string, number>();
	const calls: { keys: string[]; finish: () => void; fail: (err: Error) => void }[] = [];
	const readMany = (keys: string[]) =>
		new Promise<Map<string, number>>((resolve, reject) => {
			const snapshot = new Map(values); // what the database holds when the query starts
			calls.push({ keys, finish: () => resolve(snapshot), fail: reject });
		});
	return { values, calls, read: batchReads(readMany) };
}

/** After the immediates queued so far, where a batch starts. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('batchReads', () => {
	it('starts one read for the keys asked in the same turn', async () => {
		const s = store();
		s.values.set('a', 1);
		const asked = [s.read('a'), s.read('b'), s.read('a')];
		expect(s.calls).toHaveLength(0);
		await turn();
		expect(s.calls.map((c) => c.keys)).toEqual([['a', 'b']]);
		s.calls[0].finish();
		expect(await Promise.all(asked)).toEqual([1, undefined, 1]);
	});

	it('never answers a caller from a read that started before it asked', async () => {
		const s = store();
		s.values.set('a', 1);
		const early = s.read('a');
		await turn();
		s.values.set('a', 2); // committed after the first read started
		const late = [s.read('a'), s.read('b'), s.read('a')];
		expect(s.calls).toHaveLength(1);
		s.calls[0].finish();
		expect(await early).toBe(1);
		await turn();
		expect(s.calls.map((c) => c.keys)).toEqual([['a'], ['a', 'b']]);
		s.calls[1].finish();
		expect(await Promise.all(late)).toEqual([2, undefined, 2]);
	});

	it('lets the callers of the turn a read finishes in join the next read', async () => {
		const s = store();
		const first = s.read('a');
		await turn();
		const second = s.read('b'); // waits for the first read to finish
		s.calls[0].finish();
		await first;
		const third = s.read('c'); // asked in the turn the first read finished in
		await turn();
		expect(s.calls.map((c) => c.keys)).toEqual([['a'], ['b', 'c']]);
		s.calls[1].finish();
		expect(await Promise.all([second, third])).toEqual([undefined, undefined]);
	});

	it('fails only the callers of a failed read', async () => {
		const s = store();
		const failed = s.read('a');
		await turn();
		const next = s.read('a');
		s.values.set('a', 3);
		s.calls[0].fail(new Error('database away'));
		await expect(failed).rejects.toThrow('database away');
		await turn();
		expect(s.calls).toHaveLength(2);
		s.calls[1].finish();
		expect(await next).toBe(3);
	});
});
