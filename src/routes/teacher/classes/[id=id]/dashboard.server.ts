/**
 * The class page's teaching half (the class code and members are in +page.server.ts): the
 * dashboard data and the assign / take-back actions. Kept apart so the page's route file stays
 * guard -> parse -> one call -> result for each action.
 */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import * as articles from '$lib/server/articles';
import * as assignments from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guards';
import * as reports from '$lib/server/class-reports';
import { parseId, readForm } from '$lib/server/forms';

type Event = RequestEvent<{ id: string }>;
const notFound = 'We could not find that class.';

export async function loadDashboard(event: Event, teacherId: number) {
	const teacher = { id: teacherId, role: 'teacher' as const };
	const [progress, teachable] = await Promise.all([
		reports.dashboard(event.locals.db, teacherId, Number(event.params.id)),
		articles.list(event.locals.db, teacher)
	]);
	if (!progress) error(404, notFound);
	return {
		progress: {
			assignments: progress.assignments,
			roster: progress.roster,
			average: progress.average,
			distribution: progress.distribution
		},
		teachable: teachable.map(({ slug, title, origin, level }) => ({ slug, title, origin, level })),
		statusText: assignments.statusText
	};
}

export async function assign(event: Event) {
	const teacher = requireTeacher(event);
	const classId = Number(event.params.id);
	const parsed = assignments.parseAssignmentForm(await readForm(event));
	const refuse = (errors: typeof parsed.errors) =>
		fail(400, { assign: { values: parsed.values, errors } });
	if (!parsed.ok) return refuse(parsed.errors);
	const article = await articles.findVisible(event.locals.db, parsed.slug, teacher);
	if (!article) return refuse({ article: 'Choose an article.' });
	const result = await assignments.create(event.locals.db, teacher.id, classId, article, {
		questionCount: parsed.questionCount,
		dueAt: parsed.dueAt
	});
	if ('error' in result) {
		if (result.error === 'not-found') error(404, notFound);
		if (result.error === 'exists')
			return refuse({ article: 'This class already has that article.' });
		return refuse({
			questionCount: `This article has ${result.available} visible questions; choose at most that many.`
		});
	}
	redirect(303, `/teacher/classes/${classId}#assignments`);
}

export async function unassign(event: Event) {
	const teacher = requireTeacher(event);
	const assignmentId = parseId((await readForm(event)).get('assignment'));
	if (!assignmentId)
		return fail(400, {
			assign: { values: undefined, errors: { article: 'Choose an assignment.' } }
		});
	if (
		!(await assignments.remove(event.locals.db, teacher.id, Number(event.params.id), assignmentId))
	)
		error(404, 'We could not find that assignment.');
	redirect(303, `/teacher/classes/${event.params.id}#assignments`);
}
