ALTER TABLE "challenges" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "sdgs" jsonb;