ALTER TABLE "shown_shortlists" ADD COLUMN "shown_to_owner" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Lists recorded before this column existed were counted as shown to their need owner; they keep that.
UPDATE "shown_shortlists" SET "shown_to_owner" = true;
