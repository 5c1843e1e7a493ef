ALTER TABLE "report_versions" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
ALTER TABLE "report_versions" ADD COLUMN "run_id" uuid;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "programme_id" uuid;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_run_id_report_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."report_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_versions_run_uq" ON "report_versions" USING btree ("run_id");