CREATE TABLE "article_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"teacher_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"base_id" text NOT NULL,
	"origin" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"question" jsonb NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_questions_teacher_article_base_unique" UNIQUE("teacher_id","article_id","base_id"),
	CONSTRAINT "article_questions_origin_known" CHECK (origin in ('generated', 'custom')),
	CONSTRAINT "article_questions_version_positive" CHECK (version > 0)
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"class_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"question_count" integer NOT NULL,
	"seed" integer NOT NULL,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assignments_class_article_unique" UNIQUE("class_id","article_id"),
	CONSTRAINT "assignments_question_count_range" CHECK (question_count between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "gloss_corrections" (
	"teacher_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"root" text NOT NULL,
	"gloss" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gloss_corrections_teacher_id_article_id_root_pk" PRIMARY KEY("teacher_id","article_id","root")
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "owner_id" integer;--> statement-breakpoint
ALTER TABLE "article_questions" ADD CONSTRAINT "article_questions_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_questions" ADD CONSTRAINT "article_questions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gloss_corrections" ADD CONSTRAINT "gloss_corrections_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gloss_corrections" ADD CONSTRAINT "gloss_corrections_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_questions_article_id_idx" ON "article_questions" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "assignments_article_id_idx" ON "assignments" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "gloss_corrections_article_id_idx" ON "gloss_corrections" USING btree ("article_id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_owner_id_idx" ON "articles" USING btree ("owner_id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_imported_have_owner" CHECK ((origin = 'imported') = (owner_id is not null));