CREATE TABLE "import_warnings" (
	"import_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"path" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "warned" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "errors_truncated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "warnings_truncated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "innovators" ADD COLUMN "matching_consent_changed_by" text;--> statement-breakpoint
ALTER TABLE "innovators" ADD COLUMN "email_consent_changed_by" text;--> statement-breakpoint
ALTER TABLE "import_warnings" ADD CONSTRAINT "import_warnings_import_id_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_warnings_import_idx" ON "import_warnings" USING btree ("import_id","line");--> statement-breakpoint
-- Who changed a consent was not kept before. A change of email recommendations the person made at
-- notification (unsubscribe link, preferences page) is known: its report stamped the consent with
-- the report's own time, and nothing at ingest has changed the consent since. Those are the
-- person's, so an unsubscribe from before this release is not undone by the next import; other
-- earlier changes stay unknown (null) and count as the programme's.
UPDATE "innovators" SET "email_consent_changed_by" = 'person'
WHERE "email_consent_changed_at" IS NOT NULL AND "email_consent_changed_at" = "preferences_reported_at";
