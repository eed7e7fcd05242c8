import { error } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import { assign, loadDashboard, unassign } from './dashboard.server';
import { addStudents, remove, replaceCode, turnOffCode } from './roster.server';
import type { Actions, PageServerLoad } from './$types';

const notFound = 'We could not find that class.';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const found = await classes.findForTeacher(event.locals.db, teacher.id, Number(event.params.id));
	if (!found) error(404, notFound); // someone else's class looks exactly like a missing one
	return {
		class: { ...found, joinCode: found.joinCode && classes.formatJoinCode(found.joinCode) },
		joinLink: found.joinCode && `${event.url.origin}/join/${found.joinCode}`,
		...(await loadDashboard(event, teacher.id))
	};
};

export const actions: Actions = {
	assign,
	unassign,
	replaceCode,
	turnOffCode,
	addStudents,
	remove
};
