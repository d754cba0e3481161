CREATE TABLE "organisations" (
	"organisation_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"contact_email" text,
	"locale" text DEFAULT 'sv' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pending_recommendations" (
	"recipient_id" text NOT NULL,
	"challenge_id" text NOT NULL,
	"score" real NOT NULL,
	"shared_terms" jsonb NOT NULL,
	"shared_sdgs" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pending_recommendations_recipient_id_challenge_id_pk" PRIMARY KEY("recipient_id","challenge_id")
);
--> statement-breakpoint
CREATE TABLE "recommended_challenges" (
	"recipient_id" text NOT NULL,
	"challenge_id" text NOT NULL,
	"delivery_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommended_challenges_recipient_id_challenge_id_pk" PRIMARY KEY("recipient_id","challenge_id")
);
--> statement-breakpoint
ALTER TABLE "deliveries" ALTER COLUMN "recipient_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ALTER COLUMN "payload" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ALTER COLUMN "status" SET DEFAULT 'sending';--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "message_id" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "to_address" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "subject" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "html" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "smtp_code" integer;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "recipients" ADD COLUMN "email_recommendations" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "recipients" ADD COLUMN "ingest_preferences" jsonb;--> statement-breakpoint
ALTER TABLE "recipients" ADD COLUMN "preferences_changed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "deliveries_created_idx" ON "deliveries" USING btree ("created_at","idempotency_key");--> statement-breakpoint
CREATE INDEX "deliveries_recipient_idx" ON "deliveries" USING btree ("recipient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "deliveries_source_key_idx" ON "deliveries" USING btree ("source_key");