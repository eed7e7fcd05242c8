import { requireTeacher } from '$lib/server/auth/guards';
import * as reports from '$lib/server/class-reports';
import { csvResponse, toCsv } from '$lib/server/csv';
import { found } from '$lib/server/require';
import type { RequestHandler } from './$types';

/** The roster × assignments table as CSV. */
export const GET: RequestHandler = async (event) => {
	const teacher = requireTeacher(event);
	const dashboard = found(
		await reports.dashboard(event.locals.db, teacher.id, Number(event.params.id)),
		'class'
	);
	const { header, rows } = reports.rosterCsvRows(dashboard);
	return csvResponse(toCsv(header, rows), `class-${dashboard.class.id}-roster.csv`);
};
