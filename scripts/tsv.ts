import { readFileSync } from 'node:fs';

/** The rows of a tab-separated file, split into fields; the header line and blank lines are left out. */
export function readTsv(path: string): string[][] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.slice(1)
		.filter((l) => l.trim() !== '')
		.map((l) => l.split('\t'));
}
