ALTER TABLE "innovators" ADD COLUMN "digest_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "innovators" ADD COLUMN "locale_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "innovators" ADD COLUMN "preferences_reported_at" timestamp with time zone;--> statement-breakpoint
-- Records written before these times were kept: digest and locale are taken to have changed at the
-- record's last write, which is what preference reports were compared with until now.
UPDATE "innovators" SET "digest_changed_at" = "updated_at", "locale_changed_at" = "updated_at";
