/**
 * Your words as a file Anki imports directly ("File › Import", a plain-text note file): one note a
 * line, fields separated by tabs, with the header lines Anki 2.1.55+ reads so that nothing has to be
 * chosen in its import dialog (separator, no HTML, column names, which column holds the tags).
 * Fields are plain text (`#html:false`), so the only characters a field may not hold are the tab
 * and line breaks: they become spaces. Tags are single words (Anki splits them on spaces).
 */
import type { ListedWord } from './words';

export const ankiColumns = ['Word', 'Gloss', 'Example', 'Article', 'Tags'] as const;

const field = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

export function toAnkiText(
	words: Pick<ListedWord, 'root' | 'gloss' | 'sentence' | 'status' | 'article'>[]
): string {
	const header = [
		'#separator:tab',
		'#html:false',
		`#columns:${ankiColumns.join('\t')}`,
		`#tags column:${ankiColumns.length}`
	];
	const rows = words.map((w) =>
		[
			w.root,
			w.gloss,
			w.sentence,
			w.article?.title ?? '',
			['bacaan', w.status, w.article?.slug].filter(Boolean).join(' ')
		]
			.map(field)
			.join('\t')
	);
	return [...header, ...rows].join('\n') + '\n';
}
