import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as onboarding from '$lib/server/onboarding';
import * as reviews from '$lib/server/reviews';
import * as words from '$lib/server/words';
import { levels } from '$lib/text/level';
import type { PageServerLoad } from './$types';

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
	return {
		own: list.filter((a) => a.own),
		articles: list.filter((a) => !a.own),
		shares,
		topics,
		dueToday,
		assignments: assigned,
		firstSteps,
		filter,
		levels
	};
};
