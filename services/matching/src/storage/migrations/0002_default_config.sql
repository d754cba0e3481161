-- Version 1 of the matching config: the defaults, so there is always a current config.
-- text:sdg = 56:14 = 0.8:0.2, the blend of the text package's DEFAULT_MATCH_WEIGHTS
-- (domain/default-matching-config.ts holds the same values and a test compares them).
INSERT INTO "matching_config" ("version", "weights", "min_score", "balance", "updated_by", "reason")
SELECT 1,
  '{"text":56,"sdg":14,"region":10,"language":8,"stage":4,"freshness":8}'::jsonb,
  0.25,
  '{"mode":"relax","groups":{"woman":{"min":0.4},"man":{"min":0.4}}}'::jsonb,
  'system',
  'initial defaults'
WHERE NOT EXISTS (SELECT 1 FROM "matching_config");
