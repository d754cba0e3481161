CREATE TABLE "challenges" (
	"challenge_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"organisation_id" text,
	"title" text,
	"locale" text,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"recipient_id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recipients" (
	"innovator_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"email" text,
	"name" text,
	"locale" text DEFAULT 'sv' NOT NULL,
	"digest" text DEFAULT 'weekly' NOT NULL,
	"erased_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status","created_at");