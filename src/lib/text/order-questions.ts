/**
 * Order questions: three consecutive sentences of one paragraph, shown shuffled and labelled
 * A, B, C; the learner picks the original order. The labels are assigned by a hash of the
 * sentences, so the same paragraph always gives the same question. Paragraphs with three full
 * sentences come first; news often writes one or two sentences a paragraph, so where those give
 * fewer than two items, three consecutive sentences across paragraph breaks are asked too (each
 * of six words or more), taken from the middle thirds of the article.
 */
import type { QuestionDraft } from './fact-questions';
import { fnv1a, shuffle, withBalancedQuotes } from './question-utils';
import type { Sentence } from './types';

const labels = ['A', 'B', 'C'];

const wanted = 2;
const minWords = 6;

export function orderQuestions(paragraphs: Sentence[][]): QuestionDraft[] {
	const firstThrees = paragraphs.filter((p) => p.length >= 3).map((p) => p.slice(0, 3));
	const out = firstThrees.map(orderQuestion);
	const all = paragraphs.flat();
	const used = new Set(firstThrees.flat());
	const long = (x: Sentence) => x.text.split(/\s+/).length >= minWords;
	for (const at of [1 / 3, 2 / 3]) {
		if (out.length >= wanted) break;
		const from = Math.floor(all.length * at);
		for (let i = from; i + 2 < all.length; i++) {
			const three = all.slice(i, i + 3);
			if (!three.every(long) || three.some((x) => used.has(x))) continue;
			three.forEach((x) => used.add(x));
			out.push(orderQuestion(three));
			break;
		}
	}
	return out;
}

/** Ordinals that number the sentences themselves: "Juara pertama …", "Tempat kedua …". */
const ordinal = /\b(pertama|kedua|ketiga|keempat|kelima|terakhir|juara\s+(?:i{1,3}|[1-3]))\b/i;

function orderQuestion(three: Sentence[]): QuestionDraft {
	const seed = fnv1a(three.map((s) => s.text).join('\n'));
	// Position k of `shown` holds the index of the original sentence labelled labels[k].
	let shown = shuffle([0, 1, 2], seed);
	if (shown.every((v, k) => v === k)) shown = [shown[1], shown[2], shown[0]];
	const orderOf = (perm: number[]) =>
		perm.map((original) => labels[shown.indexOf(original)]).join('–');
	const answer = orderOf([0, 1, 2]);
	const all = [
		[0, 2, 1],
		[1, 0, 2],
		[1, 2, 0],
		[2, 0, 1],
		[2, 1, 0]
	].map(orderOf);
	const evidence: Sentence = { ...three[0], end: three[2].end, text: '', tokens: [] };
	evidence.text = three.map((s) => s.text).join(' ');
	return {
		kind: 'order',
		prompt: `Urutkan kalimat berikut sesuai urutan dalam artikel:\n${shown.map((i, k) => `${labels[k]}. ${withBalancedQuotes(three[i].text)}`).join('\n')}`,
		answer,
		distractors: shuffle(all, seed),
		sentence: evidence,
		explanation: `Urutan dalam artikel: ${answer}. ${three.map((s) => s.text).join(' ')}`,
		difficulty: 3,
		// Two sentences that number themselves (first, second place) give the order away: the item
		// stays in the teacher's bank, below the line a quiz draws from.
		confidence: three.filter((s) => ordinal.test(s.text)).length >= 2 ? 0.5 : 1
	};
}
