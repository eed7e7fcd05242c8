import { describe, expect, it } from 'vitest';
import { cognateOf, isTransparentCognate, looksBorrowed } from './cognates';

describe('isTransparentCognate', () => {
	it.each([
		['ekspansi', 'expansion', '-si/-sion and x/ks'],
		['komitmen', 'commitment', '-men/-ment, doubled letters, c/k'],
		['informasi', 'information', '-si/-tion'],
		['teknologi', 'technology', '-i/-y and ch/k'],
		['kualitas', 'quality', '-tas/-ty and qu/ku'],
		['universitas', 'university', '-tas/-ty'],
		['filosofi', 'philosophy', 'f/ph'],
		['efektif', 'effective', '-if/-ive'],
		['organisasi', 'organization', '-isasi/-ization'],
		['kapitalisme', 'capitalism', '-isme/-ism'],
		['struktur', 'structure', '-ur/-ure'],
		['ekonomi', 'economy', 'k/c and -i/-y'],
		['sistem', 'system', 'i/y inside the word'],
		['presiden', 'president', 'one letter dropped in a long word'],
		['polisi', 'police', 'c/s before e'],
		['administrasi', 'administration', '-si/-tion in a long word']
	])('%s ~ %s (%s)', (id, en) => {
		expect(isTransparentCognate(id, en)).toBe(true);
	});

	it('finds the cognate among several senses and says which one', () => {
		expect(cognateOf('ekspansi', 'growth; expansion')).toBe('expansion');
		expect(isTransparentCognate('komitmen', ['pledge', 'commitment'])).toBe(true);
	});

	it.each([
		['rumah', 'house', 'a native word'],
		['makan', 'make', 'a short word that only looks alike'],
		['baru', 'bar', 'short words need identical skeletons'],
		['kebijakan', 'policy', 'an Indonesian word for an English loan concept'],
		['informasi', 'human resources', 'multiword senses are skipped']
	])('%s is not a cognate of %s (%s)', (id, en) => {
		expect(isTransparentCognate(id, en)).toBe(false);
	});
});

describe('looksBorrowed', () => {
	it.each(['informasi', 'kualitas', 'klaim', 'efektif', 'prediksi', 'posting'])(
		'%s has the shape of a loan',
		(w) => expect(looksBorrowed(w)).toBe(true)
	);
	it.each(['guru', 'saing', 'rumah', 'makan'])('%s has a native shape', (w) =>
		expect(looksBorrowed(w)).toBe(false)
	);
});
