/**
 * How a form is built, in the order a learner reads it: "meN- + hukum", "ke- + sepakat + -an",
 * "negara + reduplication". Read off the affix names alone (so the browser needs no catalogue):
 * "x-" goes before the root, "-x" after it, "x-…-y" around it, anything else after.
 */
export function partsFormula(root: string, affixes: string[]): string {
	const before: string[] = [];
	const after: string[] = [];
	for (const affix of affixes) {
		if (affix.includes('…')) {
			const [head, tail] = affix.split('…');
			before.push(head);
			after.unshift(tail);
		} else if (affix.endsWith('-') && !affix.startsWith('-')) before.push(affix);
		else after.push(affix);
	}
	return [...before, root, ...after].join(' + ');
}
