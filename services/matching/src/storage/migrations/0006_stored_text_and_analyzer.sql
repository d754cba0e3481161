ALTER TABLE "challenges" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "analyzer" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "ideas" ADD COLUMN "analyzer" text;