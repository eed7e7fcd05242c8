/**
 * Teachers' gloss corrections: a teacher rewrites the English gloss of a root for one article,
 * and they and the students of their classes see it in the reader, on word pages and in the
 * vocabulary list. A student with two teachers who both corrected a word sees the newer gloss.
 * The cached reader view and vocabulary are shared by everyone, so corrections are laid over a
 * copy per request, never written into the cache.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import type { ReaderView } from '$lib/text/reader';
import type { Viewer } from './articles';
import type { Database } from './db';
import { classes, classMembers, glossCorrections, type Article } from './db/schema';
import { listWords } from './vocabulary';

export const maxGlossLength = 120;

/** Parses the form; an empty gloss takes the correction back. */
export function parseGlossForm(form: FormData) {
	const root = form.get('root');
	const gloss = form.get('gloss');
	const values = {
		root: typeof root === 'string' ? root.trim().slice(0, 60) : '',
		gloss: typeof gloss === 'string' ? gloss.trim().replace(/\s+/g, ' ') : ''
	};
	let error: string | undefined;
	if (!/^\p{Ll}+(?:[- ]\p{Ll}+)*$/u.test(values.root)) error = m.tglosses_choose_word();
	else if (values.gloss.length > maxGlossLength)
		error = m.tglosses_too_long({ max: maxGlossLength });
	else if (/[\p{Cc}<>]/u.test(values.gloss)) error = m.tglosses_plain();
	return { values, error };
}

/** Saves (or with '' removes) the teacher's gloss; false when the root is not in the article. */
export async function save(
	db: Database,
	teacherId: number,
	article: Pick<Article, 'id' | 'slug' | 'contentHash' | 'body'>,
	root: string,
	gloss: string
): Promise<boolean> {
	if (!listWords(article, 'appearance').some((w) => w.root === root)) return false;
	const where = and(
		eq(glossCorrections.teacherId, teacherId),
		eq(glossCorrections.articleId, article.id),
		eq(glossCorrections.root, root)
	);
	if (gloss === '') {
		await db.delete(glossCorrections).where(where);
		return true;
	}
	await db
		.insert(glossCorrections)
		.values({ teacherId, articleId: article.id, root, gloss })
		.onConflictDoUpdate({
			target: [glossCorrections.teacherId, glossCorrections.articleId, glossCorrections.root],
			set: { gloss, updatedAt: sql`now()` }
		});
	return true;
}

/** root -> gloss: a teacher's own corrections, or for a student those of their teachers. */
export async function forViewer(
	db: Database,
	viewer: Viewer,
	articleId: number
): Promise<Map<string, string>> {
	if (!viewer || viewer.role === 'guest') return new Map();
	const teachers =
		viewer.role === 'teacher'
			? [viewer.id]
			: (
					await db
						.selectDistinct({ id: classes.teacherId })
						.from(classMembers)
						.innerJoin(classes, eq(classes.id, classMembers.classId))
						.where(eq(classMembers.studentId, viewer.id))
				).map((r) => r.id);
	if (teachers.length === 0) return new Map();
	const rows = await db
		.select({ root: glossCorrections.root, gloss: glossCorrections.gloss })
		.from(glossCorrections)
		.where(
			and(eq(glossCorrections.articleId, articleId), inArray(glossCorrections.teacherId, teachers))
		)
		.orderBy(desc(glossCorrections.updatedAt));
	const out = new Map<string, string>();
	for (const r of rows) if (!out.has(r.root)) out.set(r.root, r.gloss);
	return out;
}

/** The view with corrected glosses on a copy of its cards (names keep theirs); a multiword unit's
 * correction (keyed by its lemma, rumah sakit) goes to the unit shown on each of its words' cards. */
export function applyToView(view: ReaderView, corrections: Map<string, string>): ReaderView {
	if (corrections.size === 0) return view;
	return {
		...view,
		cards: view.cards.map((c) => {
			if (c.isName) return c;
			let card = corrections.has(c.root) ? { ...c, gloss: corrections.get(c.root)! } : c;
			if (card.unit && corrections.has(card.unit.lemma))
				card = { ...card, unit: { ...card.unit, gloss: corrections.get(card.unit.lemma)! } };
			return card;
		})
	};
}

/** Rows with a `root` and a `gloss` (word page, vocabulary list), corrected. */
export function applyToWords<T extends { root: string; gloss: string }>(
	words: T[],
	corrections: Map<string, string>
): T[] {
	if (corrections.size === 0) return words;
	return words.map((w) =>
		corrections.has(w.root) ? { ...w, gloss: corrections.get(w.root)! } : w
	);
}
