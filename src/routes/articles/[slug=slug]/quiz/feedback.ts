/**
 * What the quiz feedback says beside the evidence. Generated explanations end with a copy of the
 * evidence: `Bukti: "…"` (cut at 220 characters) for facts, the three sentences for an order
 * question. The feedback already shows that sentence, highlighted in its paragraph, so the copy is
 * dropped: the sentence appears once, and a sentence that is itself a quotation keeps its own
 * quotes instead of gaining a second pair.
 */
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
