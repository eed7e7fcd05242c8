// `node tests/support/pg-admin.js create|drop NAME` against ADMIN_URL: the throwaway databases
// that CI and the PostgreSQL test runs use. Prints the new database's URL on create.
import postgres from 'postgres';

const [action, name] = process.argv.slice(2);
const adminUrl = process.env.ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
if (!['create', 'drop'].includes(action) || !/^[a-z_][a-z0-9_]*$/.test(name ?? '')) {
	console.error('usage: node tests/support/pg-admin.js create|drop <lower_snake_name>');
	process.exit(2);
}
const sql = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
try {
	if (action === 'create') {
		await sql.unsafe(`drop database if exists "${name}" with (force)`);
		await sql.unsafe(`create database "${name}"`);
		const url = new URL(adminUrl);
		url.pathname = `/${name}`;
		console.log(url.toString());
	} else {
		await sql.unsafe(`drop database if exists "${name}" with (force)`);
	}
} catch (err) {
	console.error(
		`pg-admin ${action} ${name} failed: ${err instanceof Error ? err.message : String(err)}`
	);
	process.exitCode = 1;
} finally {
	await sql.end({ timeout: 2 });
}
