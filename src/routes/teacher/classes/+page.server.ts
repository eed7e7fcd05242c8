import { redirect } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import * as classes from '$lib/server/classes';
import { readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	return { classes: await classes.listForTeacher(event.locals.db, teacher.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const teacher = requireTeacher(event);
		const form = await readForm(event);
		const { name, error } = classes.parseClassName(form);
		const { description, error: descriptionError } = classes.parseDescription(form);
		if (error || descriptionError)
			return refuse(400, 'create', {
				values: { name, description },
				errors: { name: error, description: descriptionError }
			});
		const created = await classes.create(event.locals.db, teacher.id, name, description);
		redirect(303, `/teacher/classes/${created.id}`);
	}
};
