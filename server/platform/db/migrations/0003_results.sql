CREATE TABLE "activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"operational_plan_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"responsible_structure_id" uuid NOT NULL,
	"quarters" smallint[] NOT NULL,
	"weight" numeric(9, 3) DEFAULT 1 NOT NULL,
	"budget_allotted" numeric(18, 2) DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activities_weight" CHECK ("activities"."weight" > 0),
	CONSTRAINT "activities_budget" CHECK ("activities"."budget_allotted" >= 0),
	CONSTRAINT "activities_quarters" CHECK (cardinality("activities"."quarters") > 0 AND "activities"."quarters" <@ ARRAY[1,2,3,4]::smallint[])
);
--> statement-breakpoint
CREATE TABLE "activity_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"quarter" smallint NOT NULL,
	"physical_progress" numeric(5, 2) NOT NULL,
	"budget_committed" numeric(18, 2) DEFAULT 0 NOT NULL,
	"budget_spent" numeric(18, 2) DEFAULT 0 NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_progress_quarter" CHECK ("activity_progress"."quarter" BETWEEN 1 AND 4),
	CONSTRAINT "activity_progress_physical" CHECK ("activity_progress"."physical_progress" BETWEEN 0 AND 100),
	CONSTRAINT "activity_progress_budget" CHECK ("activity_progress"."budget_committed" >= 0 AND "activity_progress"."budget_spent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "expected_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operational_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"strategic_plan_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_axes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"axis_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"manager_post_id" uuid,
	"objective" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategic_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"title" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"reference_plan" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategic_plans_years" CHECK ("strategic_plans"."end_year" >= "strategic_plans"."start_year" AND "strategic_plans"."end_year" - "strategic_plans"."start_year" < 10)
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quarter" smallint NOT NULL,
	"value" numeric NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_targets_quarter" CHECK ("indicator_targets"."quarter" BETWEEN 0 AND 4)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"level" text NOT NULL,
	"baseline_value" numeric,
	"baseline_year" integer,
	"direction" text NOT NULL,
	"periodicity" text NOT NULL,
	"aggregation" text NOT NULL,
	"is_percentage" boolean DEFAULT false NOT NULL,
	"min_value" numeric,
	"max_value" numeric,
	"max_change_percent" numeric,
	"data_source" text DEFAULT '' NOT NULL,
	"responsible_structure_id" uuid NOT NULL,
	"expected_result_id" uuid,
	"programme_id" uuid,
	"action_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_bounds" CHECK ("indicators"."min_value" IS NULL OR "indicators"."max_value" IS NULL OR "indicators"."min_value" <= "indicators"."max_value"),
	CONSTRAINT "indicators_max_change" CHECK ("indicators"."max_change_percent" IS NULL OR "indicators"."max_change_percent" > 0)
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"quarter" smallint NOT NULL,
	"value" numeric NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"evidence_text" text DEFAULT '' NOT NULL,
	"evidence_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"entered_by_id" uuid,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone,
	"first_submitted_at" timestamp with time zone,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"validated_by_id" uuid,
	"validated_at" timestamp with time zone,
	"rejected_by_id" uuid,
	"rejected_at" timestamp with time zone,
	"rejection_step" text,
	"rejection_reason" text,
	"reopen_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_quarter" CHECK ("measurements"."quarter" BETWEEN 0 AND 4),
	CONSTRAINT "measurements_rejection" CHECK ("measurements"."status" <> 'rejected' OR "measurements"."rejection_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "results_settings" (
	"administration_id" uuid PRIMARY KEY NOT NULL,
	"monitoring_structure_id" uuid,
	"threshold_reached" numeric DEFAULT 100 NOT NULL,
	"threshold_on_track" numeric DEFAULT 80 NOT NULL,
	"threshold_behind" numeric DEFAULT 50 NOT NULL,
	"deadline_days" integer DEFAULT 15 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_settings_thresholds" CHECK ("results_settings"."threshold_reached" >= "results_settings"."threshold_on_track" AND "results_settings"."threshold_on_track" >= "results_settings"."threshold_behind" AND "results_settings"."threshold_behind" >= 0),
	CONSTRAINT "results_settings_deadline" CHECK ("results_settings"."deadline_days" BETWEEN 0 AND 120)
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_operational_plan_id_operational_plans_id_fk" FOREIGN KEY ("operational_plan_id") REFERENCES "public"."operational_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_action_id_programme_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."programme_actions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_responsible_structure_id_structures_id_fk" FOREIGN KEY ("responsible_structure_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_progress" ADD CONSTRAINT "activity_progress_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_progress" ADD CONSTRAINT "activity_progress_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expected_results" ADD CONSTRAINT "expected_results_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expected_results" ADD CONSTRAINT "expected_results_objective_id_plan_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operational_plans" ADD CONSTRAINT "operational_plans_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operational_plans" ADD CONSTRAINT "operational_plans_strategic_plan_id_strategic_plans_id_fk" FOREIGN KEY ("strategic_plan_id") REFERENCES "public"."strategic_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_axes" ADD CONSTRAINT "plan_axes_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_axes" ADD CONSTRAINT "plan_axes_plan_id_strategic_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."strategic_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_axis_id_plan_axes_id_fk" FOREIGN KEY ("axis_id") REFERENCES "public"."plan_axes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_actions" ADD CONSTRAINT "programme_actions_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_actions" ADD CONSTRAINT "programme_actions_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_manager_post_id_posts_id_fk" FOREIGN KEY ("manager_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategic_plans" ADD CONSTRAINT "strategic_plans_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_responsible_structure_id_structures_id_fk" FOREIGN KEY ("responsible_structure_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_expected_result_id_expected_results_id_fk" FOREIGN KEY ("expected_result_id") REFERENCES "public"."expected_results"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_action_id_programme_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."programme_actions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_validated_by_id_users_id_fk" FOREIGN KEY ("validated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_rejected_by_id_users_id_fk" FOREIGN KEY ("rejected_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_settings" ADD CONSTRAINT "results_settings_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_settings" ADD CONSTRAINT "results_settings_monitoring_structure_id_structures_id_fk" FOREIGN KEY ("monitoring_structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_code_key" ON "activities" USING btree ("operational_plan_id",lower("code"));--> statement-breakpoint
CREATE INDEX "activities_admin_plan_idx" ON "activities" USING btree ("administration_id","operational_plan_id");--> statement-breakpoint
CREATE INDEX "activities_action_idx" ON "activities" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "activities_structure_idx" ON "activities" USING btree ("responsible_structure_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_progress_key" ON "activity_progress" USING btree ("activity_id","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "expected_results_code_key" ON "expected_results" USING btree ("objective_id",lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "operational_plans_year_key" ON "operational_plans" USING btree ("administration_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_axes_code_key" ON "plan_axes" USING btree ("plan_id",lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "plan_objectives_code_key" ON "plan_objectives" USING btree ("axis_id",lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "programme_actions_code_key" ON "programme_actions" USING btree ("programme_id",lower("code"));--> statement-breakpoint
CREATE INDEX "programme_actions_admin_idx" ON "programme_actions" USING btree ("administration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programmes_code_key" ON "programmes" USING btree ("administration_id",lower("code"));--> statement-breakpoint
CREATE INDEX "strategic_plans_admin_idx" ON "strategic_plans" USING btree ("administration_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_targets_period_key" ON "indicator_targets" USING btree ("indicator_id","year","quarter");--> statement-breakpoint
CREATE INDEX "indicator_targets_admin_year_idx" ON "indicator_targets" USING btree ("administration_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_key" ON "indicators" USING btree ("administration_id",lower("code"));--> statement-breakpoint
CREATE INDEX "indicators_structure_idx" ON "indicators" USING btree ("responsible_structure_id");--> statement-breakpoint
CREATE INDEX "indicators_programme_idx" ON "indicators" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "indicators_action_idx" ON "indicators" USING btree ("action_id");--> statement-breakpoint
CREATE UNIQUE INDEX "measurements_period_key" ON "measurements" USING btree ("indicator_id","year","quarter");--> statement-breakpoint
CREATE INDEX "measurements_admin_period_idx" ON "measurements" USING btree ("administration_id","year","quarter");--> statement-breakpoint
CREATE INDEX "measurements_admin_status_idx" ON "measurements" USING btree ("administration_id","status");