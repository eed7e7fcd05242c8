ALTER TABLE "review_log" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "client_id" uuid;--> statement-breakpoint
ALTER TABLE "review_log" ADD CONSTRAINT "review_log_client_id_unique" UNIQUE("client_id");--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_client_id_unique" UNIQUE("client_id");