/**
 * Reference questions: who does "ia" stand for?
 *
 * News names a person and then goes on with a pronoun: "Kepala desa Budi Santoso meninjau
 * tanggul. Ia meminta warga mengungsi." A learner who cannot link the pronoun to its person has
 * not followed the text, and the question needs two sentences read together, not one located.
 * Only the safe case is asked: a sentence that opens with a singular person pronoun (Ia, Dia,
 * Beliau) where the nearest earlier sentence naming anyone (at most three back, across a
 * paragraph break) names exactly one person. Then the referent is not in doubt. Wrong options are the article's other people, each a different
 * referent (entity keys), so no option names the same person twice.
 */
import type { SentenceEntities } from './entities';
import type { QuestionDraft } from './fact-questions';
import { fnv1a } from './question-utils';
import type { Sentence } from './types';

const personPronouns = new Set(['ia', 'dia', 'beliau']);
/** How many sentences back the person may be named. */
const lookBack = 3;
/** Long sentences are quoted up to this many words, then cut with an ellipsis. */
const quotedWords = 14;

function quoted(s: Sentence): string {
	const words = s.text.split(/\s+/);
	return words.length <= quotedWords
		? s.text.replace(/[.!?]+$/, '')
		: words
				.slice(0, quotedWords)
				.join(' ')
				.replace(/[,;:]$/, '') + ' …';
}

export function referenceQuestions(entries: SentenceEntities[], body: string): QuestionDraft[] {
	const people = new Map<string, string>();
	for (const e of entries)
		for (const x of e.entities)
			if (x.type === 'person' && !people.has(x.key)) people.set(x.key, x.display);
	const out: QuestionDraft[] = [];
	for (let i = 1; i < entries.length; i++) {
		const { sentence } = entries[i];
		const first = sentence.tokens[0];
		if (!first || !personPronouns.has(first.text.toLowerCase())) continue;
		// "Ia, yang …" or "Dia: …" are not the plain subject this question relies on.
		if (sentence.tokens[1]?.kind !== 'word') continue;
		// The nearest earlier sentence that names anyone, within a few sentences: news paragraphs are
		// short, so the person is often named at the end of the paragraph before.
		let j = i - 1;
		while (j > 0 && j > i - lookBack && !entries[j].entities.some((x) => x.type === 'person')) j--;
		const before = entries[j];
		const named = new Set(before.entities.filter((x) => x.type === 'person').map((x) => x.key));
		if (named.size !== 1) continue;
		const key = [...named][0];
		const answer = people.get(key)!;
		const distractors = [...people]
			.filter(([k, display]) => k !== key && display !== answer)
			.sort(([a], [b]) => fnv1a(key + a) - fnv1a(key + b))
			.map(([, display]) => display);
		if (distractors.length < 2) continue;
		// Evidence stays inside one paragraph; a person named in the paragraph before is quoted in the feedback.
		const samePara = !/\n/.test(body.slice(before.sentence.end, sentence.start));
		const span: Sentence = samePara
			? {
					text: body.slice(before.sentence.start, sentence.end),
					start: before.sentence.start,
					end: sentence.end,
					tokens: [...before.sentence.tokens, ...sentence.tokens]
				}
			: sentence;
		const where = samePara ? '' : ` ("${quoted(before.sentence)}")`;
		out.push({
			kind: 'reference',
			prompt: `Dalam kalimat "${quoted(sentence)}", siapa yang dimaksud dengan "${first.text.toLowerCase()}"?`,
			answer,
			distractors,
			sentence: span,
			explanation: `"${first.text}" merujuk ke orang yang disebut sebelumnya: ${answer}${where}.`,
			difficulty: 3,
			subject: first.text.toLowerCase()
		});
	}
	return out;
}
