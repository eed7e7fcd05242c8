import { redirect } from '@sveltejs/kit';
import { requireStudent } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import { parseId, readForm, refuse } from '$lib/server/forms';
import { found } from '$lib/server/require';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	// Older join links (/classes?code=…) go to the join page, which fills the code in.
	const code = event.url.searchParams.get('code');
	if (code !== null) redirect(303, `/join/${encodeURIComponent(code.slice(0, 20))}`);
	const student = requireStudent(event);
	return {
		classes: await classes.listForStudent(event.locals.db, student.id),
		// `joined` names the class just joined (/join redirects here).
		joined: Number(event.url.searchParams.get('joined')) || undefined
	};
};

export const actions: Actions = {
	leave: async (event) => {
		const student = requireStudent(event);
		const classId = parseId((await readForm(event)).get('classId'));
		if (!classId) return refuse(400, 'leave', { message: m.classes_choose_leave() });
		// Not in that class (or no such class): the same 404 either way.
		found(await classes.leave(event.locals.db, student.id, classId), 'class');
		redirect(303, '/classes');
	}
};
