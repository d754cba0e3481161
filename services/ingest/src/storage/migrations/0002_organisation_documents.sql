-- Organisations written before documents existed: build their document from the old columns.
UPDATE "organisations" SET "data" = jsonb_strip_nulls(jsonb_build_object(
	'id', "id",
	'externalId', "external_id",
	'name', "name",
	'kind', "kind",
	'region', "region",
	'contactEmail', "contact_email",
	'locale', "locale"
)) WHERE "data" IS NULL;
