import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as onboarding from '$lib/server/onboarding';
import * as reviews from '$lib/server/reviews';
import * as words from '$lib/server/words';
import { levels } from '$lib/text/level';
import type { PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { formatDate, formatDay, formatShare } from '$lib/format';
import { texts } from '$lib/server/messages';

const isLevel = (v: string | null): v is (typeof levels)[number] =>
	(levels as readonly string[]).includes(v ?? '');
const isOrder = (v: string | null): v is (typeof articles.listOrders)[number] =>
	(articles.listOrders as readonly string[]).includes(v ?? '');

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = locals.user;
	// Unknown values are ignored rather than refused: the list simply shows everything.
	const level = url.searchParams.get('level');
	const order = url.searchParams.get('order');
	const filter = {
		level: isLevel(level) ? level : undefined,
		order: isOrder(order) ? order : 'newest',
		topic: url.searchParams.get('topic')?.slice(0, 40) || undefined,
		search: url.searchParams.get('q')?.slice(0, 200).trim() || undefined
	};
	const [[list, shares], topics, dueToday, assigned, firstSteps] = await Promise.all([
		articles.list(locals.db, user, filter).then(async (list) => {
			// A learner's known share of each text (teachers choose for others, so not theirs).
			const mine = user && user.role !== 'teacher';
			return [
				list,
				mine
					? await words.knownShares(
							locals.db,
							user.id,
							list.map((a) => a.id)
						)
					: {}
			] as const;
		}),
		articles.listTopics(locals.db, user),
		user ? reviews.countDue(locals.db, user.id) : undefined,
		user?.role === 'student' ? assignments.listForStudent(locals.db, user.id) : [],
		user?.role === 'teacher' ? onboarding.stepsFor(locals.db, user.id) : null
	]);
	// Labels, dates and counts are written here, in the request's language: the home page's
	// JavaScript budget has no room for message functions (src/lib/server/messages.ts).
	const labelled = list.map((a) => ({
		...a,
		levelLabel: a.level && m.home_about_level({ level: a.level }),
		publishedLabel: formatDate(a.publishedOn),
		wordsLabel: m.home_word_count({ count: a.wordCount })
	}));
	return {
		own: labelled.filter((a) => a.own),
		articles: labelled.filter((a) => !a.own),
		shares: Object.fromEntries(
			Object.entries(shares).map(([id, share]) => [id, formatShare(share)])
		) as Record<number, string>,
		dueLabel: dueToday ? m.home_due_today({ count: dueToday }) : undefined,
		assignments: assigned.map((a) => ({
			...a,
			meta: [
				a.className,
				m.home_questions({ count: a.questionCount }),
				...(a.dueAt ? [m.home_due({ date: formatDay(a.dueAt) })] : [])
			].join(' · ')
		})),
		stepsLeft:
			firstSteps &&
			m.home_steps_left({
				left: [firstSteps.classCreated, firstSteps.articleChosen, firstSteps.articleSet].filter(
					(done) => !done
				).length
			}),
		levelLabels: Object.fromEntries(levels.map((l) => [l, m.home_about_level({ level: l })])),
		t: texts(
			'home_title',
			'home_description',
			'home_heading',
			'home_intro',
			'home_choose_texts',
			'home_search',
			'home_search_placeholder',
			'home_level',
			'home_any',
			'home_topic',
			'home_order',
			'home_newest',
			'home_easiest',
			'home_hardest',
			'home_show',
			'home_your_texts',
			'home_own_empty',
			'home_add_text',
			'home_add_text_how',
			'home_more_to_read',
			'home_texts_to_read',
			'home_no_match',
			'home_no_articles',
			'home_level_title',
			'home_assignments',
			'home_not_started',
			'home_in_progress',
			'home_done',
			'home_late',
			'home_getting_started',
			'home_step_class',
			'home_step_article',
			'home_step_set',
			'home_step_done'
		),
		topics,
		firstSteps,
		filter,
		levels
	};
};
