import { describe, expect, it } from 'vitest';
import { inLocale } from '../../../../tests/support/locale';
import { affixCatalogue } from '$lib/text/affixes';
import { affixesWithNotes, affixNotesIn } from './affix-notes';

/** The core's notes as the reader view keeps them: the explanation without its "affix: " head. */
const coreNotes = Object.fromEntries(
	Object.entries(affixCatalogue).map(([form, { explanation }]) => [
		form,
		explanation.startsWith(`${form}: `) ? explanation.slice(form.length + 2) : explanation
	])
);

describe('affixNotesIn', () => {
	it('has a message for every affix of the core’s catalogue, and no other', () => {
		expect([...affixesWithNotes].sort()).toEqual(Object.keys(affixCatalogue).sort());
	});

	it('says in English exactly what the core says', () => {
		expect(inLocale('en', () => affixNotesIn(coreNotes))).toEqual(coreNotes);
	});

	it('says every note in Indonesian', () => {
		const notes = inLocale('id', () => affixNotesIn(coreNotes));
		for (const [form, note] of Object.entries(notes)) {
			expect(note, form).not.toBe(coreNotes[form]);
			expect(note, form).not.toMatch(/\b(the|a|an|of|makes|verb|noun|root|with|or)\b/);
		}
		expect(notes['meN-']).toMatch(/^membentuk kata kerja aktif/);
	});

	it('keeps the core’s note for an affix it does not know', () => {
		expect(inLocale('id', () => affixNotesIn({ '-ria': 'festive' }))).toEqual({
			'-ria': 'festive'
		});
	});
});
