import { requireTeacher } from '$lib/server/auth/guards';
import * as reports from '$lib/server/class-reports';
import { found } from '$lib/server/require';
import type { PageServerLoad } from './$types';

/** Every counted attempt of one student of the class, with every answer. */
export const load: PageServerLoad = async (event) => {
	const teacher = requireTeacher(event);
	const detail = await reports.studentDetail(
		event.locals.db,
		teacher.id,
		Number(event.params.id),
		Number(event.params.student)
	);
	return found(detail, 'student');
};
