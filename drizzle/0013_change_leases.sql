-- Leases for values kept in memory on PostgreSQL (src/lib/server/change-leases.ts): each app
-- instance that keeps values renews a row here while it hears the channel, and acknowledges
-- writers' barriers; a writer waits until every live lease holder has acknowledged its barrier.
-- Not part of the Drizzle schema: only change-leases.ts reads or writes it, in SQL, and test
-- resets must not empty it under running instances.
create table if not exists "change_leases" (
	"instance" text primary key,
	"lease_until" timestamp with time zone not null,
	"acked" bigint not null default 0
);
--> statement-breakpoint
create sequence if not exists "change_barriers";
--> statement-breakpoint
create or replace function bacaan_changes_notify() returns trigger language plpgsql as $$
begin
	perform pg_notify('bacaan_changes', 't:' || TG_TABLE_NAME);
	return null;
end $$;
--> statement-breakpoint
create or replace trigger bacaan_changes_articles
	after insert or update or delete or truncate on "articles"
	for each statement execute function bacaan_changes_notify();
