CREATE INDEX "absences_admin_idx" ON "absences" USING btree ("administration_id");--> statement-breakpoint
CREATE INDEX "assignments_admin_idx" ON "assignments" USING btree ("administration_id");--> statement-breakpoint
CREATE INDEX "attributions_text_trgm_idx" ON "attributions" USING gin (immutable_unaccent(lower("text")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "interims_admin_idx" ON "interims" USING btree ("administration_id");--> statement-breakpoint
CREATE INDEX "interims_person_idx" ON "interims" USING btree ("person_id");