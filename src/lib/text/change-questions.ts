/**
 * "Berapa kenaikan harga cabai?" from "Harga cabai naik dari Rp 40.000 menjadi Rp 60.000."
 *
 * News reports a change as its two ends; the size of the change is not written, so the learner
 * must read both amounts, see which way they moved and take one from the other. Asked only when
 * a verb or noun of change (naik, menurun, kenaikan …) stands right before "dari X menjadi Y",
 * both ends are plain amounts in one unit, the direction matches the verb, and the difference is
 * not itself written in the sentence (then the item would only locate it). Percentages are left
 * out: a rise from 40 to 55 percent is 15 points, and "15 persen" would be wrong or ambiguous.
 * Wrong options are both ends (what a learner who only locates numbers picks) and one near value
 * that is in the text no more than the key is, all written in the key's own shape.
 */
import type { SentenceEntities } from './entities';
import type { QuestionDraft } from './fact-questions';
import { plausibleValues, writtenAmount } from './numbers';
import { reportedContent, unresolvedPronoun } from './paraphrase';
import { upperFirst } from './question-utils';
import { functionWords } from './entity-words';

const rising =
	'naik|meningkat|bertambah|melonjak|melambung|membengkak|melesat|dinaikkan|ditingkatkan|ditambah|kenaikan|peningkatan|penambahan|lonjakan';
const falling =
	'turun|menurun|berkurang|anjlok|merosot|menyusut|susut|diturunkan|dikurangi|penurunan|pengurangan|penyusutan';
const monthOrDay =
	'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu';
const amount = String.raw`([Rr]p\.?\s?)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s(ribu|juta|miliar|triliun))?`;
const link = String.raw`(?:menjadi|jadi|ke|hingga|sampai)`;
/**
 * A unit after an amount: "per kilogram", "/kg", or a lower-case word with its "per …" or acronym
 * ("dolar AS").
 */
const unit = String.raw`(?:(?:\s|(?=\/))(per\s\p{Ll}+|\/\p{Ll}+|(?!${link}\b|per\b)\p{Ll}+(?:\sper\s\p{Ll}+|\s\p{Lu}{2,}\b)?))?`;
/** Words that may stand between a first amount and the verb of change: when, and a contrast. */
const between = String.raw`(?:pada|sejak|selama|lalu|yang|namun|tetapi|tapi|kini|saat|ini|itu|sekarang|sebelumnya|kemudian|awal|akhir|pekan|minggu|bulan|tahun|hari|panen|beberapa|\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|${monthOrDay})`;
const changePattern = new RegExp(
	String.raw`(?:^|\s)(${rising}|${falling}),?\s+` +
		// "naik sebesar 4,6 persen dari …": the rate is given, the amount is not.
		String.raw`(?:sebesar\s+|signifikan\s+|drastis\s+|tajam\s+)?(?:\d+(?:,\d+)?\s(?:persen|%)\s+)?` +
		String.raw`dari\s+(?:semula\s+|harga\s+)?` +
		amount +
		unit +
		// "dari 120 kasus pada 2023 menjadi 245 kasus": a few words may stand between the ends.
		String.raw`(?:\s(?!${link}\b)\S+){0,3}` +
		String.raw`\s${link}\s` +
		amount +
		unit,
	'u'
);
/**
 * "… mencapai Rp 30.000 per kilogram pada tiga pekan lalu, namun saat ini anjlok menjadi Rp 7.000
 * per kilogram": the old amount first, then only words of time and contrast, then the verb and the
 * new amount. Anything else between (another subject) and the ends may be of two things.
 */
const laterPattern = new RegExp(
	String.raw`(?:^|\s)(?:mencapai|sebesar|seharga)\s+` +
		amount +
		unit +
		String.raw`(?:,?\s${between}){0,8},?\s(${rising}|${falling})\s+(?:menjadi|jadi|ke)\s+` +
		amount +
		unit,
	'u'
);
const risingWord = new RegExp(`^(${rising})$`);
/** "… mencapai Rp 80.000 per kilogram, naik dari Rp 50.000": the new amount first, then the old. */
const reachedPattern = new RegExp(
	String.raw`(?:^|\s)(?:mencapai|menjadi|sebesar)\s+` +
		amount +
		unit +
		String.raw`(?:\s(?!${link}\b)[^\s,]+){0,4},?\s(${rising}|${falling})\s+` +
		String.raw`(?:sebesar\s+|signifikan\s+|drastis\s+|tajam\s+)?dari\s+(?:semula\s+)?` +
		amount +
		unit,
	'u'
);

interface Change {
	verb: string;
	from: End;
	to: End;
	/** Where the clause's predicate starts: what comes before it in the clause is its subject. */
	predicateAt: number;
	/** Where the part of the sentence that states the change ends. */
	endAt: number;
}

/** Where each pattern keeps the verb and the two ends (the reached pattern names the new end first). */
const changeShapes = [
	{ pattern: changePattern, verb: 1, from: 2, to: 7 },
	{ pattern: reachedPattern, verb: 6, from: 7, to: 1 },
	{ pattern: laterPattern, verb: 6, from: 1, to: 7 }
];

/** The change a sentence states, in either order of its ends; undefined when it states none. */
function findChange(text: string): Change | undefined {
	for (const shape of changeShapes) {
		const m = shape.pattern.exec(text);
		if (!m) continue;
		return {
			verb: m[shape.verb],
			from: end(m, shape.from),
			to: end(m, shape.to),
			predicateAt: m.index + m[0].search(/\S/),
			endAt: m.index + m[0].length
		};
	}
	return undefined;
}

/** Not amounts of one thing that can be subtracted: percentages (points), temperatures, years. */
const notUnits = new Set(['persen', 'derajat', 'tahun', 'kali', 'lebih', 'sekitar', 'saja']);
const timeWords =
	/^(pekan|minggu|bulan|tahun|hari|pagi|siang|sore|malam|kemarin|lalu|sebelumnya|terakhir)\b/i;
/** ", lanjutnya," or ", kata dia," inside a sentence: a speech tag that splits the subject from its verb. */
const innerTag =
	/,\s*(?:(?:kata|ujar|tutur|jelas|lanjut|tambah|ungkap|sebut)(?:nya|\s(?:dia|ia|beliau))|menurut(?:nya|\s(?:dia|ia)))\s*,/gi;

interface End {
	/** In the text's own counting unit (2,5 for "2,5 juta"). */
	value: number;
	rupiah: boolean;
	multiplier?: string;
	unit?: string;
	decimals: number;
}

function end(m: RegExpExecArray, at: number): End {
	const [rp, whole, fraction, mult, u] = m.slice(at, at + 5);
	const unitWord = u?.toLowerCase();
	return {
		value: Number(whole.replace(/\./g, '') + (fraction ? '.' + fraction : '')),
		rupiah: !!rp,
		multiplier: mult?.toLowerCase(),
		// "dari Rp 73 triliun atau 1,7 persen": a linking word is not a unit.
		// Money counts no noun after it ("Rp 35.000 pekan lalu"), only "per …".
		// "Rp13.000/kg" counts per kilogram, as "per kg" does.
		unit: unitWord?.startsWith('/')
			? `per ${u!.slice(1)}`
			: unitWord &&
				  (unitWord.startsWith('per ') || (!rp && !functionWords.has(unitWord.split(' ')[0])))
				? u
				: undefined,
		decimals: fraction?.length ?? 0
	};
}

/**
 * The words before the verb of change in its clause, when they read as a plain noun phrase of two
 * to six words ("harga cabai rawit"); "X mengalami kenaikan" gives X.
 */
export function changeSubject(clause: string, nounOfChange: boolean): string | undefined {
	let words = clause.split(/\s+/).filter(Boolean);
	if (nounOfChange) {
		if (words.pop()?.toLowerCase() !== 'mengalami') return undefined;
	}
	words = words.filter((w, i) => i > 0 || !/^(kini|sekarang|saat|namun|sementara)$/i.test(w));
	if (words.length < 2 || words.length > 6) return undefined;
	const text = words.join(' ');
	if (/["“”()\d]/.test(text) || unresolvedPronoun.test(text)) return undefined;
	if (functionWords.has(words[0].toLowerCase())) return undefined;
	// "Harga cabai sudah …", "Jumlah pengunjung diperkirakan …": not a bare subject. (Only the
	// verb shapes that cannot open a noun: "merah" and "berdarah" are not verbs here.)
	const notNoun = (w: string) =>
		/^(telah|sudah|akan|masih|juga|terus|kembali|yang|tidak|belum|bisa|dapat)$/i.test(w) ||
		(/^(di|ter|mem|men|meng|meny)\p{L}{4,}$/iu.test(w) && !/^di(rektur|rektorat|nas|ri)/i.test(w));
	if (words.some(notNoun)) return undefined;
	return text.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function changeQuestions(entries: SentenceEntities[]): QuestionDraft[] {
	const out: QuestionDraft[] = [];
	for (const { sentence } of entries) {
		// "Ia mengatakan harga naik dari …": the change is in what was said, frame left out.
		const untagged = sentence.text.replace(innerTag, '');
		const text = reportedContent(untagged) ?? untagged;
		const change = findChange(text);
		if (!change || /["“”]/.test(text)) continue;
		const { verb, from, to } = change;
		// "menjadi 52 pekan lalu": a time word after one end only says when, not what was counted.
		for (const e of [from, to])
			if (e.unit && timeWords.test(e.unit) && (from.unit ?? '') !== (to.unit ?? ''))
				e.unit = undefined;
		const unitWord = to.unit ?? from.unit ?? '';
		if (from.unit && to.unit && from.unit.toLowerCase() !== to.unit.toLowerCase()) continue;
		if (notUnits.has(unitWord.split(' ')[0].toLowerCase())) continue;
		// Both ends in one counting unit (juta with juta), in rupiah both or neither.
		if (from.multiplier !== to.multiplier || from.rupiah !== to.rupiah) continue;
		const isYear = (e: End) => !e.rupiah && !e.multiplier && /^(19|20)\d\d$/.test(String(e.value));
		if (isYear(from) || isYear(to)) continue;
		const up = risingWord.test(verb);
		const decimals = Math.max(from.decimals, to.decimals);
		const diff = Number((up ? to.value - from.value : from.value - to.value).toFixed(decimals));
		if (!(diff > 0)) continue;
		const show = (v: number) =>
			[from.rupiah ? 'Rp' : '', writtenAmount(v, decimals), to.multiplier ?? '', unitWord]
				.filter(Boolean)
				.join(' ');
		// The change written out already ("naik Rp 20.000, dari …"): finding it is not reasoning.
		const bare = writtenAmount(diff, decimals);
		if (new RegExp(`(^|[^\\d.,])${escape(bare)}(?![\\d]|[.,]\\d)`).test(text)) continue;
		const key = show(diff);
		const ends = [show(to.value), show(from.value)];
		const near = plausibleValues(diff, decimals, 6)
			.map(show)
			.find((v) => v !== key && !ends.includes(v));
		if (!near || ends.includes(key) || ends[0] === ends[1]) continue;
		const noun = up ? 'kenaikan' : 'penurunan';
		const verbAt = change.predicateAt;
		const before = text.slice(0, verbAt);
		const clause = before
			.split(/,(?!\d)|[;:]/)
			.pop()!
			.trim();
		const subject = changeSubject(
			clause,
			/^(ke|pe|lonjakan)/.test(text.slice(verbAt).split(/\s/)[0])
		);
		// Without a plain subject the clause is quoted, whole from its start: "Menurut kalimat
		// "Harga X di Y naik dari A menjadi B …"". A clause that opens mid-sentence with a linking
		// word, or runs long, would quote a fragment: no question.
		const fromStart = clause === before.trim();
		const quote = `${clause} ${text.slice(verbAt, change.endAt)}`.trim();
		if (
			!subject &&
			(wordCount(clause) < 2 ||
				wordCount(quote) > 20 ||
				functionWords.has(clause.split(/\s+/)[0].toLowerCase()))
		)
			continue;
		const rest = text.slice(change.endAt).replace(/^[\s.!?]+$/, '');
		const prompt = subject
			? `Berapa ${noun} ${subject}?`
			: `Menurut ${fromStart ? 'kalimat' : 'bagian kalimat'} "${upperFirst(quote)}${rest ? ' …' : ''}", berapa ${noun}nya?`;
		out.push({
			kind: 'amount-change',
			prompt,
			answer: key,
			distractors: [...ends, near],
			sentence,
			explanation: `Dari ${ends[1]} menjadi ${ends[0]}: ${noun}nya ${key}.`,
			difficulty: 3,
			questionWord: 'Berapa',
			subject: subject ?? noun,
			confidence: subject ? 0.95 : 0.85
		});
	}
	// Two changes asked alike ("Berapa kenaikan harga?") would each have two right answers: both go.
	const prompts = new Map<string, number>();
	for (const q of out) prompts.set(q.prompt, (prompts.get(q.prompt) ?? 0) + 1);
	return out.filter((q) => prompts.get(q.prompt) === 1);
}
