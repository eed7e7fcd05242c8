/**
 * The lookups routes repeat, each ending the request with a 404 when the thing is missing. What
 * exists but is not the viewer's answers the same 404 (the domain queries return nothing for it),
 * so a URL never reveals whether someone else's article, class or quiz is there.
 */
import { error } from '@sveltejs/kit';
import * as articles from './articles';
import * as attempts from './attempts';
import type { SessionUser } from './auth/session';
import type { Database } from './db';
import { m } from '$lib/paraglide/messages';

type Locals = { db: Database; user: SessionUser | null };

/**
 * `value`, or a 404 "We could not find that <what>." for null, undefined or false (domain calls
 * answer false when the row to change is missing or not the caller's).
 */
const notFound: Record<string, () => string> = {
	article: m.error_not_found_article,
	quiz: m.error_not_found_quiz,
	question: m.error_not_found_question,
	class: m.error_not_found_class,
	word: m.error_not_found_word,
	'word in this article': m.error_not_found_word_here,
	card: m.error_not_found_card,
	student: m.error_not_found_student,
	assignment: m.error_not_found_assignment
};

export function found<T>(value: T, what: string): Exclude<T, null | undefined | false> {
	if (value === null || value === undefined || value === false)
		error(404, notFound[what]?.() ?? m.error_not_found_thing({ what }));
	return value as Exclude<T, null | undefined | false>;
}

/** The article `slug` if the signed-in viewer (or a visitor) may read it. */
export async function requireArticle(locals: Locals, slug: string) {
	return found(await articles.findVisible(locals.db, slug, locals.user), 'article');
}

/** The learner's own attempt from a quiz URL; one under another article's slug is missing too. */
export async function requireAttempt(
	locals: Locals,
	userId: number,
	params: { slug: string; attempt: string }
) {
	const view = await attempts.getAttempt(locals.db, userId, Number(params.attempt));
	return found(view?.slug === params.slug ? view : undefined, 'quiz');
}
