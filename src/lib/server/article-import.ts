/**
 * A teacher's own article: pasted text -> checked, cleaned (text/import-article.ts) -> preview ->
 * published for the teacher's classes.
 *
 * Checks, each with a message a teacher can act on: empty text; more than 20,000 characters (of
 * text, after any HTML is taken out); too short to make questions; mostly not Indonesian. Pasted
 * HTML is reduced to its text (block tags become line breaks, entities decoded); it is never
 * rendered, since every page prints the article as text.
 *
 * "Mostly not Indonesian": the share of words that are Indonesian function words or whose root
 * is in the root dictionary (morphology.ts). Indonesian news scores about 0.93, English news about
 * 0.35 (loanwords); the cut is 0.6, and English function words must not outnumber Indonesian ones.
 *
 * Publishing is one transaction: the article row and its generated questions (which become the
 * article's stored question set, question-bank.ts) land together or not at all. Vocabulary and
 * reader view are derived from the stored body, so they cannot be half-written.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { lexicon, rootDictionary } from '$lib/text/lexicon-data';
import { analyzeWord } from '$lib/text/morphology';
import { countWords, importArticle } from '$lib/text/import-article';
import { htmlToText } from '$lib/text/html-to-text';
import { estimateLevel } from '$lib/text/level';
import { generateQuestions } from '$lib/text/questions';
import { buildVocabulary, functionWords } from '$lib/text/vocabulary';
import type { CleanArticle, Question } from '$lib/text/types';
import { levelColumns } from './articles';
import { settle } from './change-leases';
import { hashContent, type ArticleMetadata } from './content';
import type { Database } from './db';
import { articleQuestions, articles } from './db/schema';
import { isLowScored, storedSet } from './question-bank';

export const maxTextLength = 20_000;
/** What the form accepts at all, HTML included; beyond it we do not even look. */
const maxPastedLength = 200_000;
export const minWords = 30;
const maxTitleLength = 200;
const maxSourceLength = 100;
export const indonesianCut = 0.6;

const englishFunctionWords = new Set(
	'the a an and or but of to in on at for with from by as is are was were be been it its this that these those he she they we you his her their our not no which who what when will would can could has have had do does did'.split(
		' '
	)
);

/** The share of words a learner of Indonesian would recognise as Indonesian (see the header). */
export function indonesianShare(body: string): {
	share: number;
	words: number;
	englishFunctionWords: number;
	indonesianFunctionWords: number;
} {
	const words = body.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
	let known = 0;
	let english = 0;
	let indonesian = 0;
	for (const word of words) {
		if (functionWords.has(word)) indonesian += 1;
		if (englishFunctionWords.has(word)) english += 1;
		if (functionWords.has(word) || rootDictionary.has(analyzeWord(word, rootDictionary).root))
			known += 1;
	}
	return {
		share: words.length ? known / words.length : 0,
		words: words.length,
		englishFunctionWords: english,
		indonesianFunctionWords: indonesian
	};
}

export interface ImportValues {
	title: string;
	source: string;
	publishedOn: string;
	text: string;
}
export type ImportErrors = Partial<Record<keyof ImportValues, string>>;

export interface ParsedImport {
	values: ImportValues;
	errors: ImportErrors;
	notices: string[];
	/** Present when there are no errors. */
	ready?: { clean: CleanArticle; rawText: string; metadata: ArticleMetadata };
}

const field = (form: FormData, name: string, max: number) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.slice(0, max) : '';
};
/** A count in the request's language (20,000 or 20.000). */
const number = (n: number) => n.toLocaleString(getLocale());
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The most time one import request may spend on text work (parsing, preview, questions). */
export const importBudgetMs = 4000;
/**
 * An import request ran out of its time budget. The steps are linear, so this should not happen
 * to an article; if it does, the teacher gets a message instead of a server stalled for everyone.
 */
export class ImportTooSlow extends Error {
	constructor() {
		super(m.import_error_too_slow());
	}
}

/** A deadline for one request's text work; `check()` throws ImportTooSlow once it has passed. */
export function importBudget(ms = importBudgetMs, clock = () => performance.now()) {
	const deadline = clock() + ms;
	return {
		check() {
			if (clock() > deadline) throw new ImportTooSlow();
		}
	};
}
export type ImportBudget = ReturnType<typeof importBudget>;

export function parseImportForm(form: FormData, budget = importBudget()): ParsedImport {
	try {
		return parseWithin(form, budget);
	} catch (err) {
		if (!(err instanceof ImportTooSlow)) throw err;
		return { values: echoOf(form), errors: { text: err.message }, notices: [] };
	}
}

function echoOf(form: FormData): ImportValues {
	return {
		title: oneLine(field(form, 'title', 1000)),
		source: oneLine(field(form, 'source', 1000)),
		publishedOn: field(form, 'publishedOn', 20).trim(),
		text: field(form, 'text', maxPastedLength)
	};
}

function parseWithin(form: FormData, budget: ImportBudget): ParsedImport {
	const pasted = field(form, 'text', maxPastedLength + 1);
	const values = echoOf(form);
	const errors: ImportErrors = {};
	const notices: string[] = [];

	let clean: CleanArticle | undefined;
	const { text, html } = htmlToText(values.text);
	budget.check();
	if (html) notices.push(m.import_notice_html());
	if (pasted.length > maxPastedLength)
		errors.text = m.import_error_pasted_too_long({ max: number(maxTextLength) });
	else if (text.trim() === '') errors.text = m.import_error_empty();
	else if (text.length > maxTextLength)
		errors.text = m.import_error_too_long({
			length: number(text.length),
			max: number(maxTextLength)
		});
	else {
		clean = importArticle(text);
		budget.check();
		const language = indonesianShare(clean.body);
		budget.check();
		if (language.words < minWords)
			errors.text = m.import_error_too_short({ count: language.words, min: minWords });
		else if (
			language.share < indonesianCut ||
			language.englishFunctionWords > language.indonesianFunctionWords
		) {
			errors.text = m.import_error_not_indonesian();
		}
	}
	if (!values.title && clean?.headline) values.title = clean.headline;
	if (!values.title) errors.title = m.import_error_title();
	else if (values.title.length > maxTitleLength)
		errors.title = m.import_error_at_most({ max: maxTitleLength });
	else if (/\p{Cc}/u.test(values.title)) errors.title = m.import_error_plain();
	if (!values.source && clean?.dateline) values.source = clean.dateline.source;
	if (!values.source) errors.source = m.import_error_source();
	else if (values.source.length > maxSourceLength)
		errors.source = m.import_error_at_most({ max: maxSourceLength });
	else if (/\p{Cc}/u.test(values.source)) errors.source = m.import_error_plain();
	if (values.publishedOn && !isIsoDay(values.publishedOn))
		errors.publishedOn = m.import_error_date();

	if (Object.keys(errors).length > 0 || !clean) return { values, errors, notices };
	const metadata: ArticleMetadata = {
		title: values.title,
		source: values.source,
		publishedOn: values.publishedOn || null,
		datelinePlace: clean.dateline?.place ?? null,
		language: 'id'
	};
	return { values, errors, notices, ready: { clean, rawText: text, metadata } };
}

function isIsoDay(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return day.toISOString().slice(0, 10) === value && Number(match[1]) >= 1900;
}

function questionsFor(clean: CleanArticle): Question[] {
	return generateQuestions(
		{ dateline: null, body: clean.body, blocks: clean.blocks },
		{ lexicon, dict: rootDictionary }
	);
}

/** What the teacher checks before publishing: the cleaned blocks, the vocabulary, the questions. */
export function preview(ready: NonNullable<ParsedImport['ready']>, budget = importBudget()) {
	const { clean } = ready;
	const vocabulary = buildVocabulary(clean.body, lexicon, rootDictionary, { order: 'appearance' });
	budget.check();
	const questions = questionsFor(clean);
	budget.check();
	return {
		dateline: clean.dateline,
		blocks: clean.blocks.map((b) => ({ kind: b.kind, text: clean.body.slice(b.start, b.end) })),
		wordCount: countWords(clean.body),
		level: levelSummary(clean),
		words: vocabulary.entries.map((e) => ({
			root: e.lemma,
			gloss: e.gloss,
			band: e.band,
			count: e.count
		})),
		questions: questions.map((q) => ({
			id: q.id,
			kind: q.kind,
			prompt: q.prompt,
			options: q.options,
			answer: q.answer,
			// A low-scored kind is stored hidden: the teacher sees which ones before publishing.
			hidden: isLowScored(q)
		}))
	};
}

/** What the preview and the assignment form say of a text's level: "about B1" and why. */
export function levelSummary(clean: CleanArticle) {
	const { level, label, reason } = estimateLevel(clean, lexicon, rootDictionary);
	return { level, label, reason };
}

/** "Banjir Rendam Jakarta!" -> "banjir-rendam-jakarta-k3x9q": readable, and never clashes with (or reveals) another's. */
export function slugFor(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let stem = '';
	for (const w of words)
		if ((stem + '-' + w).length <= 60) stem = stem ? `${stem}-${w}` : w.slice(0, 60);
	const suffix = [...randomBytes(5)]
		.map((b) => 'abcdefghijkmnpqrstuvwxyz23456789'[b & 31])
		.join('');
	return `${stem || 'artikel'}-${suffix}`;
}

/** Publishes for the teacher's classes; returns the slug (the first one's, when this text was published before). */
export async function publish(
	db: Database,
	teacherId: number,
	ready: NonNullable<ParsedImport['ready']>,
	questions = questionsFor(ready.clean)
): Promise<string> {
	const { clean, rawText, metadata } = ready;
	const values = {
		slug: slugFor(metadata.title),
		title: metadata.title,
		source: metadata.source,
		publishedOn: metadata.publishedOn,
		datelinePlace: metadata.datelinePlace,
		language: metadata.language,
		rawText,
		body: clean.body,
		blocks: clean.blocks,
		wordCount: countWords(clean.body),
		...levelColumns(clean),
		contentHash: hashContent(rawText, metadata),
		origin: 'imported' as const,
		ownerId: teacherId
	};
	const slug = await db.transaction(async (tx) => {
		const [row] = await tx
			.insert(articles)
			.values(values)
			.onConflictDoNothing({
				target: [articles.ownerId, articles.contentHash],
				where: sql`owner_id is not null`
			})
			.returning({ id: articles.id, slug: articles.slug });
		if (!row) {
			// The same text and metadata again (a double click): the teacher's article from the first time.
			const [first] = await tx
				.select({ slug: articles.slug })
				.from(articles)
				.where(and(eq(articles.ownerId, teacherId), eq(articles.contentHash, values.contentHash)));
			return first.slug;
		}
		if (questions.length > 0)
			await tx.insert(articleQuestions).values(storedSet(teacherId, row.id, questions));
		return row.slug;
	});
	// Servers that keep article versions drop theirs before the teacher is sent to the new page.
	await settle(db);
	return slug;
}
