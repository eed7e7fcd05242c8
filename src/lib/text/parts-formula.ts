/** Kept apart from reader.ts so the browser can use it without pulling in the stemmer. */
import type { Affix } from './types';

/**
 * How a form is built, in the order a learner reads it: "meN- + hukum", "ke- + sepakat + -an",
 * "negara + reduplication". Prefixes and proclitics go before the root, the rest after it.
 */
export function partsFormula(root: string, affixes: Pick<Affix, 'form' | 'kind'>[]): string {
	const before: string[] = [];
	const after: string[] = [];
	for (const affix of affixes) {
		if (affix.kind === 'confix') {
			const [head, tail] = affix.form.split('…');
			before.push(head);
			after.unshift(tail);
		} else if (affix.kind === 'prefix' || (affix.kind === 'clitic' && affix.form.endsWith('-'))) before.push(affix.form);
		else after.push(affix.form);
	}
	return [...before, root, ...after].join(' + ');
}
