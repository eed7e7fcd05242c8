// Starts the built server for Playwright on an empty embedded database, so every run begins from
// the same state. With DATABASE_URL set the caller provides a throwaway PostgreSQL database instead.
import { rmSync } from 'node:fs';

if (!process.env.DATABASE_URL)
	rmSync(process.env.PGLITE_DIR ?? 'data/e2e-pglite', { recursive: true, force: true });
await import('../../scripts/start.js');
