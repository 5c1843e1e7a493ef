CREATE TABLE "agenda_event_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid,
	"post_id" uuid,
	"external_name" text,
	CONSTRAINT "agenda_event_participants_one_kind" CHECK (num_nonnulls("agenda_event_participants"."person_id", "agenda_event_participants"."post_id", "agenda_event_participants"."external_name") = 1)
);
--> statement-breakpoint
CREATE TABLE "agenda_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"place" text,
	"description" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"is_all_day" boolean DEFAULT false NOT NULL,
	"visibility" text DEFAULT 'cabinet' NOT NULL,
	"representative_post_id" uuid,
	"representative_person_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_events_ends_after_starts" CHECK ("agenda_events"."ends_at" > "agenda_events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "agenda_feed_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audience_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"source" text NOT NULL,
	"tracking_token_hash" text NOT NULL,
	"requester_name" text NOT NULL,
	"organisation" text,
	"email" text NOT NULL,
	"phone" text,
	"subject" text NOT NULL,
	"preferred_dates" date[] DEFAULT '{}'::date[] NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"requested_by_user_id" uuid,
	"requester_person_id" uuid,
	"status" text DEFAULT 'pending' NOT NULL,
	"event_id" uuid,
	"redirected_to_structure_id" uuid,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_briefings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"requested_from_person_id" uuid,
	"requested_from_structure_id" uuid,
	"due_on" date NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"content" text,
	"written_at" timestamp with time zone,
	"written_by_user_id" uuid,
	"written_by_name" text,
	"requested_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_briefings_one_author" CHECK (("event_briefings"."requested_from_person_id" IS NULL) <> ("event_briefings"."requested_from_structure_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "event_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"text" text NOT NULL,
	"lead_structure_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"directive_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_event_participants" ADD CONSTRAINT "agenda_event_participants_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_event_participants" ADD CONSTRAINT "agenda_event_participants_event_id_agenda_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."agenda_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_event_participants" ADD CONSTRAINT "agenda_event_participants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_event_participants" ADD CONSTRAINT "agenda_event_participants_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_representative_post_id_posts_id_fk" FOREIGN KEY ("representative_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_representative_person_id_persons_id_fk" FOREIGN KEY ("representative_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_events" ADD CONSTRAINT "agenda_events_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_feed_tokens" ADD CONSTRAINT "agenda_feed_tokens_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_feed_tokens" ADD CONSTRAINT "agenda_feed_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_requests" ADD CONSTRAINT "audience_requests_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_requests" ADD CONSTRAINT "audience_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_requests" ADD CONSTRAINT "audience_requests_requester_person_id_persons_id_fk" FOREIGN KEY ("requester_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_requests" ADD CONSTRAINT "audience_requests_event_id_agenda_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."agenda_events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_requests" ADD CONSTRAINT "audience_requests_redirected_to_structure_id_structures_id_fk" FOREIGN KEY ("redirected_to_structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audience_requests" ADD CONSTRAINT "audience_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_briefings" ADD CONSTRAINT "event_briefings_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_briefings" ADD CONSTRAINT "event_briefings_event_id_agenda_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."agenda_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_briefings" ADD CONSTRAINT "event_briefings_requested_from_person_id_persons_id_fk" FOREIGN KEY ("requested_from_person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_briefings" ADD CONSTRAINT "event_briefings_requested_from_structure_id_structures_id_fk" FOREIGN KEY ("requested_from_structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_briefings" ADD CONSTRAINT "event_briefings_written_by_user_id_users_id_fk" FOREIGN KEY ("written_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_briefings" ADD CONSTRAINT "event_briefings_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_decisions" ADD CONSTRAINT "event_decisions_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_decisions" ADD CONSTRAINT "event_decisions_event_id_agenda_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."agenda_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_decisions" ADD CONSTRAINT "event_decisions_lead_structure_id_structures_id_fk" FOREIGN KEY ("lead_structure_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_decisions" ADD CONSTRAINT "event_decisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_event_participants_event_idx" ON "agenda_event_participants" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "agenda_event_participants_person_idx" ON "agenda_event_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "agenda_event_participants_post_idx" ON "agenda_event_participants" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "agenda_events_admin_starts_idx" ON "agenda_events" USING btree ("administration_id","starts_at");--> statement-breakpoint
CREATE INDEX "agenda_events_admin_ends_idx" ON "agenda_events" USING btree ("administration_id","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_feed_tokens_hash_key" ON "agenda_feed_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_feed_tokens_live_key" ON "agenda_feed_tokens" USING btree ("user_id","administration_id") WHERE "agenda_feed_tokens"."revoked_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "audience_requests_token_key" ON "audience_requests" USING btree ("tracking_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "audience_requests_reference_key" ON "audience_requests" USING btree ("administration_id","reference");--> statement-breakpoint
CREATE INDEX "audience_requests_admin_status_idx" ON "audience_requests" USING btree ("administration_id","status","created_at");--> statement-breakpoint
CREATE INDEX "event_briefings_event_idx" ON "event_briefings" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_briefings_admin_due_idx" ON "event_briefings" USING btree ("administration_id","due_on");--> statement-breakpoint
CREATE INDEX "event_briefings_person_idx" ON "event_briefings" USING btree ("requested_from_person_id");--> statement-breakpoint
CREATE INDEX "event_briefings_structure_idx" ON "event_briefings" USING btree ("requested_from_structure_id");--> statement-breakpoint
CREATE INDEX "event_decisions_event_idx" ON "event_decisions" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "event_decisions_admin_idx" ON "event_decisions" USING btree ("administration_id");