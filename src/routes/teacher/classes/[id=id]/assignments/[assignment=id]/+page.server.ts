import { redirect } from '@sveltejs/kit';
import * as assignments from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guards';
import * as reports from '$lib/server/class-reports';
import { readForm, refuse } from '$lib/server/forms';
import * as bank from '$lib/server/question-bank';
import { found, requireArticle } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const report = await reports.assignmentReport(
		event.locals.db,
		teacher.id,
		Number(event.params.id),
		Number(event.params.assignment)
	);
	return { report: found(report, 'assignment') };
};

export const actions: Actions = {
	/** "Hide this question": later quizzes of this teacher's students no longer draw it. */
	hide: async (event) => {
		const teacher = requireTeacher(event);
		const assignment = found(
			await assignments.findForTeacher(
				event.locals.db,
				teacher.id,
				Number(event.params.id),
				Number(event.params.assignment)
			),
			'assignment'
		);
		const article = await requireArticle(event.locals, assignment.slug);
		const question = (await readForm(event)).get('question');
		if (typeof question !== 'string' || question.length === 0 || question.length > 60)
			return refuse(400, 'hide', { message: m.report_choose_question() });
		if (!(await bank.setHidden(event.locals.db, article, teacher.id, question, true)))
			return refuse(400, 'hide', { message: m.report_not_in_article() });
		redirect(303, `${event.url.pathname}#q-${bank.baseIdOf(question)}`);
	}
};
