/**
 * Command line for teachers and scripts.
 *   npm run --silent text -- stem                  words on stdin, one per line → word<TAB>root<TAB>affixes
 *   npm run --silent text -- analyze FILE [--clean] [--order appearance|band|alphabetical]
 *                                                  → JSON { level, sentences, vocabulary, names }
 *   npm run --silent text -- questions FILE [--drafts]  raw article text → JSON { questions } (offsets into the
 *                                                  cleaned body); --drafts adds the fact, true/false and why drafts
 * FILE may be `-` for standard input.
 * Offsets are UTF-16 indexes into the file's text (into the cleaned body with --clean, which
 * runs the article importer first and then prints that body too). With --clean and for questions,
 * HTML is first reduced to its text, as on the import page. Bad input gets one line on
 * stderr and exit code 1; bad usage exit code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyzeWord } from '../src/lib/text/morphology';
import { lexicon, rootDictionary } from '../src/lib/text/lexicon-data';
import { buildVocabulary } from '../src/lib/text/vocabulary';
import { sentencesOf } from '../src/lib/text/tokenize';
import { htmlToText } from '../src/lib/text/html-to-text';
import { importArticle } from '../src/lib/text/import-article';
import { generateQuestions } from '../src/lib/text/questions';
import { estimateLevel } from '../src/lib/text/level';
import type { VocabularyOrder } from '../src/lib/text/types';

const maxBytes = 2 * 1024 * 1024;
const usage =
	'usage: text stem < words.txt | text analyze FILE [--clean] [--order appearance|band|alphabetical] | text questions FILE [--drafts]';

class CliError extends Error {
	constructor(
		message: string,
		readonly code = 1
	) {
		super(message);
	}
}

/** A file's text, or standard input's when the file is `-`, checked to be UTF-8 text of a sane size. */
function readText(file: string): string {
	if (file !== '-') {
		let size: number;
		try {
			const st = statSync(file);
			if (!st.isFile()) throw new CliError(`${file}: not a regular file`);
			size = st.size;
		} catch (e) {
			if (e instanceof CliError) throw e;
			throw new CliError(`${file}: cannot read file`);
		}
		if (size > maxBytes)
			throw new CliError(`${file}: too large (${size} bytes; the limit is ${maxBytes})`);
	}
	const bytes = readFileSync(file === '-' ? 0 : file);
	if (bytes.length > maxBytes)
		throw new CliError(`${file}: too large (${bytes.length} bytes; the limit is ${maxBytes})`);
	if (bytes.includes(0)) throw new CliError(`${file}: not a text file (contains NUL bytes)`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new CliError(`${file}: not a text file (invalid UTF-8)`);
	}
	if (text.trim() === '') throw new CliError(`${file}: empty`);
	return text;
}

function stemCommand(): void {
	const input = readFileSync(0, 'utf8');
	const out: string[] = [];
	for (const line of input.split(/\r?\n/)) {
		const word = line.trim();
		if (word === '') continue;
		const a = analyzeWord(word, rootDictionary);
		out.push(`${word}\t${a.root}\t${a.affixes.map((x) => x.form).join(',')}`);
	}
	process.stdout.write(out.length ? out.join('\n') + '\n' : '');
}

function analyzeCommand(args: string[]): void {
	let file: string | undefined;
	let clean = false;
	let order: VocabularyOrder = 'appearance';
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--clean') clean = true;
		else if (a === '--order') {
			const v = args[++i];
			if (v !== 'appearance' && v !== 'band' && v !== 'alphabetical') throw new CliError(usage, 2);
			order = v;
		} else if (!file && !a.startsWith('--')) file = a;
		else throw new CliError(usage, 2);
	}
	if (!file) throw new CliError(usage, 2);
	const raw = readText(file);
	const body = clean ? importArticle(htmlToText(raw).text).body : raw;
	const vocab = buildVocabulary(body, lexicon, rootDictionary, { order });
	const withSentence = <T extends { example: { sentenceStart: number; sentenceEnd: number } }>(
		e: T
	) => ({
		...e,
		example: { sentence: body.slice(e.example.sentenceStart, e.example.sentenceEnd), ...e.example }
	});
	const { level, label, reason } = estimateLevel(importArticle(raw), lexicon, rootDictionary);
	const result = {
		...(clean ? { body } : {}),
		level: { level, label, reason },
		sentences: sentencesOf(body).map((s) => ({ text: s.text, start: s.start, end: s.end })),
		vocabulary: vocab.entries.map(withSentence),
		names: vocab.names.map(withSentence)
	};
	process.stdout.write(JSON.stringify(result, null, 2) + '\n');
}

/** The article importer runs first, so evidence offsets point into the cleaned body (printed too). */
function questionsCommand(args: string[]): void {
	const drafts = args.includes('--drafts');
	const files = args.filter((a) => a !== '--drafts');
	if (files.length !== 1 || files[0].startsWith('--')) throw new CliError(usage, 2);
	const article = importArticle(htmlToText(readText(files[0])).text);
	const questions = generateQuestions(article, { lexicon, dict: rootDictionary, drafts });
	process.stdout.write(JSON.stringify({ questions, body: article.body }, null, 2) + '\n');
}

function main(): void {
	// `... | head` closes the pipe early; that is not an error worth a stack trace.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(0);
		throw e;
	});
	const [command, ...rest] = process.argv.slice(2);
	try {
		if (command === 'stem' && rest.length === 0) stemCommand();
		else if (command === 'analyze') analyzeCommand(rest);
		else if (command === 'questions') questionsCommand(rest);
		else throw new CliError(usage, 2);
	} catch (e) {
		const err = e instanceof CliError ? e : new CliError(`error: ${(e as Error).message ?? e}`);
		process.stderr.write(err.message.split('\n')[0] + '\n');
		process.exitCode = err.code;
	}
}

main();
