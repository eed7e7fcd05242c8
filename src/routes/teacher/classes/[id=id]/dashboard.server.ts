/**
 * The class page's teaching half (the class code and members are in +page.server.ts): the
 * dashboard data and the assign / take-back actions. Kept apart so the page's route file stays
 * guard -> parse -> one call -> result for each action.
 */
import { redirect, type RequestEvent } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guards';
import * as reports from '$lib/server/class-reports';
import { parseId, readForm, refuse } from '$lib/server/forms';
import { found } from '$lib/server/require';
import { m } from '$lib/paraglide/messages';

type Event = RequestEvent<{ id: string }>;

export async function loadDashboard(event: Event, teacherId: number) {
	const teacher = { id: teacherId, role: 'teacher' as const };
	const [dashboard, teachable] = await Promise.all([
		reports.dashboard(event.locals.db, teacherId, Number(event.params.id)),
		articles.list(event.locals.db, teacher)
	]);
	const progress = found(dashboard, 'class');
	return {
		progress: {
			assignments: progress.assignments,
			roster: progress.roster,
			average: progress.average,
			distribution: progress.distribution
		},
		teachable: teachable.map(({ slug, title, origin, level }) => ({ slug, title, origin, level }))
	};
}

export async function assign(event: Event) {
	const teacher = requireTeacher(event);
	const classId = Number(event.params.id);
	const parsed = assignments.parseAssignmentForm(await readForm(event));
	const refused = (errors: typeof parsed.errors) =>
		refuse(400, 'assign', { values: parsed.values, errors });
	if (!parsed.ok) return refused(parsed.errors);
	const article = await articles.findVisible(event.locals.db, parsed.slug, teacher);
	if (!article) return refused({ article: m.assign_choose_article() });
	const result = await assignments.create(event.locals.db, teacher.id, classId, article, {
		questionCount: parsed.questionCount,
		dueAt: parsed.dueAt
	});
	if ('error' in result) {
		found(result.error !== 'not-found', 'class');
		if (result.error === 'exists') return refused({ article: m.assign_already() });
		return refused({
			questionCount: m.assign_too_many({ available: result.available ?? 0 })
		});
	}
	redirect(303, `/teacher/classes/${classId}#assignments`);
}

export async function unassign(event: Event) {
	const teacher = requireTeacher(event);
	const assignmentId = parseId((await readForm(event)).get('assignment'));
	if (!assignmentId) return refuse(400, 'unassign', { message: m.assign_choose_assignment() });
	found(
		await assignments.remove(event.locals.db, teacher.id, Number(event.params.id), assignmentId),
		'assignment'
	);
	redirect(303, `/teacher/classes/${event.params.id}#assignments`);
}
