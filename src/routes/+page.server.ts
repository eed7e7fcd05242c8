import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import * as onboarding from '$lib/server/onboarding';
import * as reviews from '$lib/server/reviews';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user;
	const [list, dueToday, assigned, firstSteps] = await Promise.all([
		articles.list(locals.db, user),
		user ? reviews.countDue(locals.db, user.id) : undefined,
		user?.role === 'student' ? assignments.listForStudent(locals.db, user.id) : [],
		user?.role === 'teacher' ? onboarding.stepsFor(locals.db, user.id) : null
	]);
	return { articles: list, dueToday, assignments: assigned, firstSteps };
};
