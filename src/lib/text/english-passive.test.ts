import { describe, expect, it } from 'vitest';
import { passiveSense } from './english-passive';

describe('passiveSense', () => {
	it('makes a verb sense passive, phrasal verbs with their particle', () => {
		expect(passiveSense('urge')).toBe('be urged');
		expect(passiveSense('call on')).toBe('be called on');
		expect(passiveSense('carry')).toBe('be carried');
		expect(passiveSense('stop')).toBe('be stopped');
		expect(passiveSense('admit')).toBe('be admitted');
		expect(passiveSense('offer')).toBe('be offered');
		expect(passiveSense('take over')).toBe('be taken over');
		expect(passiveSense('make')).toBe('be made');
	});

	it('leaves senses with no natural passive, and phrases that are not a verb and particle', () => {
		for (const sense of [
			'appeal',
			'go',
			'have',
			'elected',
			'horrifying',
			'sleepy',
			'be seen',
			'look for a job'
		])
			expect(passiveSense(sense), sense).toBeUndefined();
	});
});
