import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` is used: migrations are files in drizzle/, applied by the app at
// start-up on both drivers. Never `push` against a real database.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	casing: 'snake_case'
});
