import { requireTeacher } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import { found } from '$lib/server/require';
import { assign, loadDashboard, unassign } from './dashboard.server';
import { addStudents, remove, replaceCode, turnOffCode } from './roster.server';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const item = found(
		await classes.findForTeacher(event.locals.db, teacher.id, Number(event.params.id)),
		'class'
	);
	return {
		class: { ...item, joinCode: item.joinCode && classes.formatJoinCode(item.joinCode) },
		joinLink: item.joinCode && `${event.url.origin}/join/${item.joinCode}`,
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
