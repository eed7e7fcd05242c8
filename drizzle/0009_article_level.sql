ALTER TABLE "articles" ADD COLUMN "level" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "level_score" real;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "topic" text;