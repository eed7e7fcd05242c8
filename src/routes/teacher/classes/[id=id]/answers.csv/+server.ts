import { error } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guards';
import * as reports from '$lib/server/class-reports';
import { csvResponse, toCsv } from '$lib/server/csv';
import { parseId } from '$lib/server/forms';
import { found } from '$lib/server/require';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';

/** Every answer of the class's counted attempts as CSV; `?assignment=ID` for one assignment. */
export const GET: RequestHandler = async (event) => {
	const teacher = requireTeacher(event);
	const raw = event.url.searchParams.get('assignment');
	const assignmentId = raw === null ? undefined : parseId(raw);
	if (raw !== null && !assignmentId) error(400, m.csv_assignment_number());
	const data = found(
		await reports.answerCsvRows(event.locals.db, teacher.id, Number(event.params.id), assignmentId),
		'class'
	);
	const name = `class-${event.params.id}${assignmentId ? `-assignment-${assignmentId}` : ''}-answers.csv`;
	return csvResponse(toCsv(data.header, data.rows), name);
};
