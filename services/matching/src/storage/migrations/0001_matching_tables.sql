CREATE TABLE "challenges" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"organisation_id" text NOT NULL,
	"title" text NOT NULL,
	"locale" text NOT NULL,
	"status" text NOT NULL,
	"region" text,
	"sdgs" jsonb NOT NULL,
	"inferred_sdgs" jsonb NOT NULL,
	"analysis" jsonb NOT NULL,
	"balance_policy" jsonb,
	"deadline" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"challenge_id" text NOT NULL,
	"innovator_id" text NOT NULL,
	"stage" text NOT NULL,
	"gender_group" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"decided_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"challenge_id" text NOT NULL,
	"innovator_id" text NOT NULL,
	"stage" text NOT NULL,
	"gender_group" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"decided_by" text NOT NULL,
	CONSTRAINT "decisions_challenge_id_innovator_id_pk" PRIMARY KEY("challenge_id","innovator_id")
);
--> statement-breakpoint
CREATE TABLE "ideas" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"innovator_id" text NOT NULL,
	"title" text NOT NULL,
	"locale" text,
	"stage" text NOT NULL,
	"region" text,
	"sdgs" jsonb NOT NULL,
	"inferred_sdgs" jsonb NOT NULL,
	"analysis" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovators" (
	"id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"name" text,
	"gender_group" text NOT NULL,
	"region" text,
	"locale" text NOT NULL,
	"sdgs" jsonb NOT NULL,
	"consent_matching" boolean NOT NULL,
	"consent_email_recommendations" boolean NOT NULL,
	"erased" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matching_config" (
	"version" integer PRIMARY KEY NOT NULL,
	"weights" jsonb NOT NULL,
	"min_score" double precision NOT NULL,
	"balance" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	"reason" text NOT NULL,
	"diff" jsonb
);
--> statement-breakpoint
CREATE TABLE "sent_mail_requests" (
	"job_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"subject_id" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shown_shortlists" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"challenge_id" text NOT NULL,
	"config_version" integer NOT NULL,
	"k" integer NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"content_hash" text NOT NULL,
	"entries" jsonb NOT NULL,
	CONSTRAINT "shown_shortlists_content_unique" UNIQUE("challenge_id","content_hash")
);
--> statement-breakpoint
CREATE INDEX "challenges_status_idx" ON "challenges" USING btree ("status");--> statement-breakpoint
CREATE INDEX "decision_history_challenge_idx" ON "decision_history" USING btree ("challenge_id");--> statement-breakpoint
CREATE INDEX "ideas_innovator_idx" ON "ideas" USING btree ("innovator_id");