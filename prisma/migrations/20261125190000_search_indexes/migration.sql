-- Full-text search (packages/db/src/search/search.ts): GIN indexes on the very expressions the
-- search matches against, so PostgreSQL can use them. Written by hand: Prisma's schema cannot
-- express expression indexes. The German configuration stems ("Radwege" becomes "radweg"), the
-- English columns use the simple configuration (search.ts says why).
CREATE INDEX "Actor_search_de_idx" ON "Actor" USING GIN (to_tsvector('german', name || ' ' || coalesce("descriptionDe", '')));
CREATE INDEX "Event_search_de_idx" ON "Event" USING GIN (to_tsvector('german', "titleDe" || ' ' || coalesce(place, '') || ' ' || coalesce("descriptionDe", '') || ' ' || coalesce("minutesDe", '')));
CREATE INDEX "Finding_search_de_idx" ON "Finding" USING GIN (to_tsvector('german', coalesce("publicStatementDe", '')));
CREATE INDEX "Recommendation_search_de_idx" ON "Recommendation" USING GIN (to_tsvector('german', "titleDe" || ' ' || "textDe"));
CREATE INDEX "Recommendation_search_en_idx" ON "Recommendation" USING GIN (to_tsvector('simple', coalesce("titleEn", '') || ' ' || coalesce("textEn", '')));
CREATE INDEX "Publication_search_de_idx" ON "Publication" USING GIN (to_tsvector('german', "titleDe" || ' ' || "bodyDe"));
CREATE INDEX "Event_search_en_idx" ON "Event" USING GIN (to_tsvector('simple', coalesce("titleEn", '')));
CREATE INDEX "Publication_search_en_idx" ON "Publication" USING GIN (to_tsvector('simple', coalesce("titleEn", '') || ' ' || coalesce("bodyEn", '')));
CREATE INDEX "Indicator_search_de_idx" ON "Indicator" USING GIN (to_tsvector('german', "titleDe" || ' ' || coalesce("definitionDe", '')));
CREATE INDEX "Indicator_search_en_idx" ON "Indicator" USING GIN (to_tsvector('simple', "titleEn" || ' ' || coalesce("definitionEn", '')));
