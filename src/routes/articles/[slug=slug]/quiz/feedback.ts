/**
 * What the quiz feedback says beside the evidence. Generated explanations end with a copy of the
 * evidence: `Bukti: "…"` (cut at 220 characters) for facts, the three sentences for an order
 * question. The feedback already shows that sentence, highlighted in its paragraph, so the copy is
 * dropped: the sentence appears once, and a sentence that is itself a quotation keeps its own
 * quotes instead of gaining a second pair.
 *
 * The language core writes its explanations in Indonesian; their fixed wording (labels such as
 * "Bukti", "Urutan dalam artikel", the true-false verdicts) is put in the interface language here,
 * while what they quote from the article stays as it is. Runs on the server (the pages' loads).
 */
import { affixName } from '$lib/labels';
import { m } from '$lib/paraglide/messages';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

export function explanationBesideEvidence(explanation: string, sentence: string): string {
	const evidence = squeeze(sentence);
	if (!evidence) return explanation;
	const quoted = /\s*Bukti: "([\s\S]*)"\s*$/.exec(explanation);
	if (quoted && evidence.startsWith(squeeze(quoted[1]).replace(/…$/, '')))
		return explanation.slice(0, quoted.index).trim();
	const text = squeeze(explanation);
	if (text.endsWith(evidence)) return text.slice(0, text.length - evidence.length).trim();
	return explanation;
}

/** The core's fixed phrases (as src/lib/text writes them) and the message that says each. */
const phrases: [RegExp, (match: RegExpExecArray) => string][] = [
	[/Bukti:/g, () => `${m.quiz_evidence()}:`],
	[/\+ (partial reduplication|reduplication)\b/g, (p) => `+ ${affixName(p[1])}`],
	[/^Urutan dalam artikel:/, () => `${m.quiz_order_in_article()}:`],
	[
		/^Salah: teks tidak menyangkalnya; "([^"]*)" membalik maknanya\./,
		(p) => m.quiz_explain_false_denied({ word: p[1] })
	],
	[
		/^Salah: teks menyebut "([^"]*)", bukan "([^"]*)"\./,
		(p) => m.quiz_explain_false_said({ was: p[1], now: p[2] })
	],
	[/^Benar: teks mengatakan hal yang sama dengan kata-kata lain\./, () => m.quiz_explain_true()],
	[/Kalimat ini memakai "([^"]*)":/, (p) => m.quiz_explain_marker({ marker: p[1] })],
	[
		/^"([^"]*)" merujuk ke orang yang disebut sebelumnya:/,
		(p) => m.quiz_explain_refers({ word: p[1] })
	],
	[
		/^Kalimat ini dibuka dengan sebabnya \("([^"]*)"\):/,
		(p) => m.quiz_explain_opening_cause({ marker: p[1] })
	],
	[
		/^Mengapa\? "([^"]*)" merujuk ke kalimat sebelumnya:/,
		(p) => m.quiz_explain_previous_cause({ word: p[1] })
	],
	[
		/^Mengapa\? "([^"]*)" memberi alasan untuk kalimat sebelumnya:/,
		(p) => m.quiz_explain_reason_after({ word: p[1] })
	],
	[
		/^Dari (.+) menjadi (.+): (kenaikan|penurunan)nya (.+)\.$/,
		(p) =>
			(p[3] === 'kenaikan' ? m.quiz_explain_rise : m.quiz_explain_fall)({
				from: p[1],
				to: p[2],
				by: p[4]
			})
	]
];

/** An explanation with the core's fixed wording in the interface language. */
export function explanationInInterface(explanation: string): string {
	let text = explanation;
	for (const [pattern, say] of phrases)
		text = text.replace(pattern, (...args) => say(args as unknown as RegExpExecArray));
	return text;
}
