/**
 * npm run bench:senses — sense choice scored automatically on the UD CSUI test sentences, which carry an
 * English translation. The lexicon build takes translation evidence from the csui-train sentences only,
 * so these 374 are held out from it.
 *
 * For every content word with two or more candidate senses, a sense counts as right when one of its
 * English words, or a Wordnet synonym of it, occurs in the sentence's translation. Words where no
 * candidate sense occurs cannot be judged this way and are left out. Three figures:
 * - dictionary order: the first sense the dictionaries list (what the reader showed before sense ranking),
 *   read from the build's sources (LEXICON_SOURCES, default data/lexicon-sources), when they are there;
 * - prior: the build's ranked first sense, no context;
 * - in context: the sense analyzeDocument chooses for that occurrence.
 * A fourth figure covers every glossed word, curated entries included, so that curation shows too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, documentTokens } from '../src/lib/text/document';
import { lexicon, rootDictionary } from '../src/lib/text/lexicon-data';
import { candidateSenses, englishStems } from '../src/lib/text/senses';
import { formGlossOf } from '../src/lib/text/document';
import { readTsv } from './tsv';

const fixtures = join(import.meta.dirname, '../tests/fixtures/text');
const sourceDir =
	process.env.LEXICON_SOURCES ?? join(import.meta.dirname, '../data/lexicon-sources');

/** English word → its Wordnet synonyms (every lemma of every synset it is in), when Wordnet is available. */
function loadSynonyms(): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const file = join(sourceDir, 'wordnet_bahasa_id_en.tsv');
	if (!existsSync(file)) return out;
	const seen = new Set<string>();
	for (const [, , synset, lemmas] of readTsv(file)) {
		if (seen.has(synset)) continue;
		seen.add(synset);
		const words = lemmas.split(', ').map((l) => l.toLowerCase().replace(/_/g, ' '));
		for (const w of words) {
			const set = out.get(w) ?? new Set<string>();
			for (const x of words) set.add(x);
			out.set(w, set);
		}
	}
	return out;
}

/** The dictionaries' first-listed English for each word: FreeDict's first row, else Wordnet's. */
function loadDictionaryFirst(): Map<string, string> | undefined {
	const fd = join(sourceDir, 'freedict_wikdict_id_en.tsv');
	const wn = join(sourceDir, 'wordnet_bahasa_id_en.tsv');
	if (!existsSync(fd) || !existsSync(wn)) return undefined;
	const out = new Map<string, string>();
	for (const [id, , en] of readTsv(fd))
		if (en && !out.has(id.toLowerCase())) out.set(id.toLowerCase(), en);
	for (const [id, , , lemmas] of readTsv(wn))
		if (!out.has(id.toLowerCase())) out.set(id.toLowerCase(), lemmas.split(', ')[0]);
	return out;
}

function main(): void {
	const synonyms = loadSynonyms();
	const dictionaryFirst = loadDictionaryFirst();
	const pairs = readTsv(join(fixtures, 'ud_csui_sentences_id_en.tsv')).filter(([id]) =>
		id.startsWith('csui-test')
	);
	/** True when the gloss's English, or a Wordnet synonym of it, occurs in the translation. */
	const occurs = (gloss: string, stems: Set<string>) => {
		const labels = [gloss.toLowerCase(), ...(synonyms.get(gloss.toLowerCase()) ?? [])];
		return labels.some((l) => {
			const words = englishStems(l);
			return words.length > 0 && words.every((w) => stems.has(w));
		});
	};
	let judged = 0;
	let dictRight = 0;
	let dictJudged = 0;
	let priorRight = 0;
	let chosenRight = 0;
	// Every glossed word, ambiguous or not, curated or not: what the reader shows first.
	let shownJudged = 0;
	let shownRight = 0;
	const t0 = performance.now();
	for (const [, id, en] of pairs) {
		const stems = new Set(englishStems(en));
		const doc = analyzeDocument(id, lexicon, rootDictionary);
		for (const t of documentTokens(doc)) {
			if (!t.root || !t.gloss || t.unit !== undefined) continue;
			if (t.gloss.senses[0] && t.text.length > 2) {
				shownJudged++;
				if (occurs(t.gloss.senses[0].gloss, stems)) shownRight++;
			}
			const rootGloss = lexicon.lookup(t.root)?.gloss ?? '';
			const own = formGlossOf(t.text, t.affixes.length > 0, rootGloss, lexicon);
			const c = candidateSenses(t.root, t.text, own, lexicon);
			if (!c || c.fixed || c.senses.length < 2) continue;
			if (!c.senses.some((s) => occurs(s.gloss, stems))) continue;
			judged++;
			if (occurs(c.senses[0].gloss, stems)) priorRight++;
			if (occurs(t.gloss.senses[0].gloss, stems)) chosenRight++;
			const first = dictionaryFirst?.get(c.source === 'form' ? t.text.toLowerCase() : t.root);
			if (first !== undefined) {
				dictJudged++;
				if (occurs(first, stems)) dictRight++;
			}
		}
	}
	const ms = performance.now() - t0;
	const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '–') + ' %';
	console.log(
		[
			`Sense choice on the UD CSUI test sentences (${pairs.length}, held out from the build's translation evidence), ${judged} ambiguous words whose translation shows one of their senses:`,
			dictionaryFirst
				? `  before, the dictionaries' first-listed sense: ${pct(dictRight, dictJudged)} (${dictRight}/${dictJudged})`
				: '  before (dictionary order): the build sources are not here (LEXICON_SOURCES)',
			`  the build's ranked first sense (prior only): ${pct(priorRight, judged)} (${priorRight}/${judged})`,
			`  after, the sense chosen in context: ${pct(chosenRight, judged)} (${chosenRight}/${judged}); ${ms.toFixed(0)} ms for all sentences`,
			`Every glossed word (${shownJudged}, curated or not): the first sense shown occurs in the translation for ${pct(shownRight, shownJudged)} (${shownRight}); a lower bound, since a translation may word it otherwise`
		].join('\n')
	);
}

main();
