/**
 * Acronyms an article defines itself: "Himpunan Nelayan Seluruh Indonesia (HNSI)" or
 * "BPBD (Badan Penanggulangan Bencana Daerah)". News spells out a body's name once and then uses
 * the short form; no list can hold every association and regional office, but the text does.
 */
import type { Token } from './types';

const linkWords = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'yang', 'serta', 'atas', 'pada']);
/** BPBD, KemenPUPR; or a short form of syllables (Dinkes), read only when the text spells it out. */
const isAcronym = (text: string) => /^[A-Z][A-Za-z]{1,9}$/.test(text);

/** Whether `letters` spell the words' beginnings: each word gives its first one to three letters. */
function spells(letters: string, words: string[]): boolean {
	if (words.length === 0) return letters.length === 0;
	const [word, ...rest] = words;
	if (linkWords.has(word) && spells(letters, rest)) return true;
	for (let n = 1; n <= Math.min(3, word.length); n++)
		if (letters.startsWith(word.slice(0, n)) && spells(letters.slice(n), rest)) return true;
	return false;
}

/** The shortest run of words just before (or just after) the acronym whose beginnings spell it. */
function expansion(letters: string, words: Token[]): Token[] | undefined {
	for (let k = words.length - 2; k >= 0; k--) {
		const run = words.slice(k);
		if (linkWords.has(run[0].text.toLowerCase())) continue;
		if (
			spells(
				letters,
				run.map((w) => w.text.toLowerCase())
			)
		)
			return run;
	}
	return undefined;
}

/** Acronym as written → its expansion as the article writes it. */
export function acronymsDefinedIn(body: string, sentences: Token[][]): Map<string, string> {
	const out = new Map<string, string>();
	const wordish = (t: Token) => t.kind === 'word' || t.kind === 'name';
	for (const tokens of sentences)
		tokens.forEach((t, i) => {
			if (!isAcronym(t.text) || out.has(t.text)) return;
			const letters = t.text.toLowerCase();
			let run: Token[] | undefined;
			if (tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')') {
				// "… Seluruh Indonesia (HNSI)": up to eight words before the bracket.
				const before: Token[] = [];
				for (let j = i - 2; j >= 0 && before.length < 8 && wordish(tokens[j]); j--)
					before.unshift(tokens[j]);
				run = expansion(letters, before);
			} else if (tokens[i + 1]?.text === '(') {
				// "BPBD (Badan Penanggulangan Bencana Daerah)": the words inside the bracket.
				const inside: Token[] = [];
				for (let j = i + 2; j < tokens.length && wordish(tokens[j]); j++) inside.push(tokens[j]);
				if (tokens[i + 2 + inside.length]?.text === ')' && inside.length >= 2)
					run = spells(
						letters,
						inside.map((w) => w.text.toLowerCase())
					)
						? inside
						: undefined;
			}
			// A capitalised word before a bracket is not an acronym unless it has two capitals.
			if (run && (run.length >= 2 || /[A-Z].*[A-Z]/.test(t.text)))
				out.set(t.text, body.slice(run[0].start, run[run.length - 1].end));
		});
	return out;
}
