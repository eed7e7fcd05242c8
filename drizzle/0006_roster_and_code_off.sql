ALTER TABLE "users" DROP CONSTRAINT "users_credentials_match_role";--> statement-breakpoint
ALTER TABLE "classes" ALTER COLUMN "join_code" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "username" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_username_unique" UNIQUE("username");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_sign_in_name" CHECK (role = 'guest' or ((email is null) <> (username is null) and password_hash is not null));--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_username_shape" CHECK (username ~ '^[a-z0-9.]{3,40}$');--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_credentials_match_role" CHECK ((role = 'guest') = (email is null and username is null and password_hash is null));