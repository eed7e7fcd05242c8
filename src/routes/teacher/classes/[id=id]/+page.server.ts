import { error, fail, redirect } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import { assign, loadDashboard, unassign } from './dashboard.server';
import type { Actions, PageServerLoad } from './$types';

const notFound = 'We could not find that class.';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const found = await classes.findForTeacher(event.locals.db, teacher.id, Number(event.params.id));
	if (!found) error(404, notFound); // someone else's class looks exactly like a missing one
	return {
		class: { ...found, joinCode: classes.formatJoinCode(found.joinCode) },
		joinLink: `${event.url.origin}/classes?code=${found.joinCode}`,
		...(await loadDashboard(event, teacher.id))
	};
};

export const actions: Actions = {
	assign,
	unassign,
	replaceCode: async (event) => {
		const teacher = requireTeacher(event);
		const code = await classes.replaceCode(event.locals.db, teacher.id, Number(event.params.id));
		if (!code) error(404, notFound);
		redirect(303, event.url.pathname);
	},
	remove: async (event) => {
		const teacher = requireTeacher(event);
		const studentId = Number((await event.request.formData()).get('studentId'));
		if (!Number.isSafeInteger(studentId)) return fail(400, { error: 'Choose a student to remove.' });
		await classes.removeStudent(event.locals.db, teacher.id, Number(event.params.id), studentId);
		redirect(303, event.url.pathname);
	}
};
