/**
 * npm run --silent bench:questions (or tsx scripts/bench-questions.ts) — how long the
 * tokenizer and the question generator take on the shipped article, after warm-up.
 * `benchQuestions()` is exported so bench-text.ts can print the same figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importArticle } from '../src/lib/text/import-article';
import { lexicon, rootDictionary } from '../src/lib/text/lexicon-data';
import { generateQuestions } from '../src/lib/text/questions';
import { tokenize } from '../src/lib/text/tokenize';

function median(f: () => unknown, runs = 30): number {
	for (let i = 0; i < 10; i++) f();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		f();
		times.push(performance.now() - t0);
	}
	return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export function benchQuestions(): {
	tokenizeMs: number;
	tokenizeMBps: number;
	questionsMs: number;
	questions: number;
} {
	const dir = join(import.meta.dirname, '../src/content/articles');
	const file = 'putin-terima-undangan-kim-jong-un.txt'; // the shipped news article
	const article = importArticle(readFileSync(join(dir, file ?? ''), 'utf8'));
	const tokenizeMs = median(() => tokenize(article.body));
	const questionsMs = median(() => generateQuestions(article, { lexicon, dict: rootDictionary }));
	const questions = generateQuestions(article, { lexicon, dict: rootDictionary }).length;
	// UTF-16 code units ≈ bytes for this mostly-ASCII text.
	return {
		tokenizeMs,
		tokenizeMBps: article.body.length / 1e6 / (tokenizeMs / 1000),
		questionsMs,
		questions
	};
}

/**
 * A long text from the project's own articles (the shipped one and the made-up fixtures), each
 * paragraph repeated with a running number so sentences differ: how the generator scales.
 */
export function benchLongText(bytes = 1_000_000): {
	chars: number;
	questions: number;
	ms: number;
	cpuMs: number;
} {
	const dirs = [
		join(import.meta.dirname, '../src/content/articles'),
		join(import.meta.dirname, '../tests/fixtures/text')
	];
	const paragraphs = dirs.flatMap((dir) =>
		readdirSync(dir)
			.filter((f) => f.endsWith('.txt') && !f.startsWith('sastrawi'))
			.flatMap((f) => importArticle(readFileSync(join(dir, f), 'utf8')).body.split('\n\n'))
	);
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < bytes; i++) {
		const p = `${paragraphs[i % paragraphs.length]} Catatan nomor ${i + 1} menutup bagian ini.`;
		parts.push(p);
		size += p.length + 2;
	}
	const article = importArticle(parts.join('\n\n'));
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	const questions = generateQuestions(article, { lexicon, dict: rootDictionary }).length;
	const c = process.cpuUsage(c0);
	// CPU time as well: on a shared machine the wall clock mostly measures the neighbours.
	return {
		chars: article.body.length,
		questions,
		ms: performance.now() - t0,
		cpuMs: (c.user + c.system) / 1000
	};
}

// Run directly (npm run bench:questions), not when another script imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const r = benchQuestions();
	console.log(
		`tokenize (shipped article, ${r.tokenizeMBps.toFixed(1)} MB/s): ${r.tokenizeMs.toFixed(2)} ms`
	);
	console.log(
		`generate all questions (${r.questions}): ${r.questionsMs.toFixed(2)} ms (target ≤ 50 ms)`
	);
	for (const bytes of [1_000_000, 2_000_000]) {
		const long = benchLongText(bytes);
		console.log(
			`generate questions on a ${(long.chars / 1e6).toFixed(1)} MB text (${long.questions}): ${(long.ms / 1000).toFixed(2)} s wall, ${(long.cpuMs / 1000).toFixed(2)} s CPU (target for 1 MB: < 5 s)`
		);
	}
}
