/**
 * Order questions: three consecutive sentences of one paragraph, shown shuffled and labelled
 * A, B, C; the learner picks the original order. The labels are assigned by a hash of the
 * sentences, so the same paragraph always gives the same question. Only paragraphs with three
 * full sentences qualify, which in news text is a minority: this kind stays rare on purpose.
 */
import type { QuestionDraft } from './fact-questions';
import { fnv1a, shuffle, withBalancedQuotes } from './question-utils';
import type { Sentence } from './types';

const labels = ['A', 'B', 'C'];

export function orderQuestions(paragraphs: Sentence[][]): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	for (const sentences of paragraphs) {
		if (sentences.length < 3) continue;
		const three = sentences.slice(0, 3);
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
		out.push({
			kind: 'order',
			prompt: `Urutkan kalimat berikut sesuai urutan dalam artikel:\n${shown.map((i, k) => `${labels[k]}. ${withBalancedQuotes(three[i].text)}`).join('\n')}`,
			answer,
			distractors: shuffle(all, seed),
			sentence: evidence,
			explanation: `Urutan dalam artikel: ${answer}. ${three.map((s) => s.text).join(' ')}`,
			difficulty: 3
		});
	}
	return out;
}
