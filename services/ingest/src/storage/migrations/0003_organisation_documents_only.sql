ALTER TABLE "organisations" ALTER COLUMN "data" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" DROP COLUMN "name";--> statement-breakpoint
ALTER TABLE "organisations" DROP COLUMN "kind";--> statement-breakpoint
ALTER TABLE "organisations" DROP COLUMN "region";--> statement-breakpoint
ALTER TABLE "organisations" DROP COLUMN "contact_email";--> statement-breakpoint
ALTER TABLE "organisations" DROP COLUMN "locale";