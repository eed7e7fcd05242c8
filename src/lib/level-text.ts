/**
 * The language core says why a text has its level in English, in two fixed phrases joined by "; "
 * (src/lib/text/level.ts: how common its words are; how long its sentences are). Shown in the
 * interface language by matching those phrases, as the quiz feedback does with the core's
 * explanations; a phrase the core adds later and this table lacks is shown as the core wrote it.
 */
import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages';

const vocabulary: Record<string, () => string> = {
	'nearly all words among the 1,000 commonest': m.level_vocab_nearly_all_1000,
	'most words among the 1,000 commonest': m.level_vocab_most_1000,
	'most words among the 3,000 commonest': m.level_vocab_most_3000,
	'many less common words': m.level_vocab_many_rare
};

const sentences: Record<string, (inputs: { words: string }) => string> = {
	short: m.level_sentences_short,
	'medium-length': m.level_sentences_medium,
	long: m.level_sentences_long
};

function phraseInInterface(phrase: string): string {
	const length = /^(short|medium-length|long) sentences \((\d+) words on average\)$/.exec(phrase);
	if (length) return sentences[length[1]]({ words: formatNumber(Number(length[2])) });
	return vocabulary[phrase]?.() ?? phrase;
}

/** "most words among the 1,000 commonest; short sentences (6 words on average)", in the interface language. */
export function levelReasonText(reason: string): string {
	return reason.split('; ').map(phraseInInterface).join('; ');
}
