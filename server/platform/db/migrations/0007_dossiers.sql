CREATE TABLE "dossier_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"assigned_by_person_id" uuid,
	"assigned_by_name" text NOT NULL,
	"assigned_by_post_title" text,
	"is_interim" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"extracted_text" text DEFAULT '' NOT NULL,
	"uploaded_by_user_id" uuid,
	"uploaded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_circuit_steps" (
	"circuit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"structure_id" uuid,
	CONSTRAINT "dossier_circuit_steps_circuit_id_position_pk" PRIMARY KEY("circuit_id","position"),
	CONSTRAINT "dossier_circuit_steps_structure" CHECK (("dossier_circuit_steps"."type" = 'structure') = ("dossier_circuit_steps"."structure_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "dossier_circuits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mode" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_decision_directives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"text" text NOT NULL,
	"lead_structure_id" uuid NOT NULL,
	"due_date" date,
	"directive_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"outcome" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"decided_by_user_id" uuid,
	"decided_by_person_id" uuid,
	"decided_by_name" text NOT NULL,
	"decided_by_post_id" uuid,
	"decided_by_post_title" text NOT NULL,
	"is_interim" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_person_id" uuid,
	"actor_name" text NOT NULL,
	"actor_post_title" text,
	"data" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_named_persons" (
	"dossier_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_named_persons_dossier_id_person_id_pk" PRIMARY KEY("dossier_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "dossier_opinion_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"structure_id" uuid,
	"opened_at" timestamp (3) with time zone,
	"opinion_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"administration_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"type" text NOT NULL,
	"verdict" text NOT NULL,
	"text" text NOT NULL,
	"author_user_id" uuid,
	"author_person_id" uuid,
	"author_name" text NOT NULL,
	"author_post_id" uuid,
	"author_post_title" text NOT NULL,
	"is_interim" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_reference_counters" (
	"administration_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "dossier_reference_counters_administration_id_year_pk" PRIMARY KEY("administration_id","year")
);
--> statement-breakpoint
CREATE TABLE "dossier_settings" (
	"administration_id" uuid PRIMARY KEY NOT NULL,
	"reference_format" text NOT NULL,
	"reference_code" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"administration_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"sender_type" text NOT NULL,
	"sender_name" text NOT NULL,
	"sender_reference" text,
	"subject" text NOT NULL,
	"kind" text NOT NULL,
	"deadline" date,
	"confidentiality" text NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"circuit_mode" text,
	"registered_by_user_id" uuid,
	"registered_by_person_id" uuid,
	"registered_by_structure_id" uuid,
	"search_vector" "tsvector",
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_assignments" ADD CONSTRAINT "dossier_assignments_assigned_by_person_id_persons_id_fk" FOREIGN KEY ("assigned_by_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_circuit_steps" ADD CONSTRAINT "dossier_circuit_steps_circuit_id_dossier_circuits_id_fk" FOREIGN KEY ("circuit_id") REFERENCES "public"."dossier_circuits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_circuit_steps" ADD CONSTRAINT "dossier_circuit_steps_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_circuits" ADD CONSTRAINT "dossier_circuits_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decision_directives" ADD CONSTRAINT "dossier_decision_directives_decision_id_dossier_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."dossier_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decision_directives" ADD CONSTRAINT "dossier_decision_directives_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decision_directives" ADD CONSTRAINT "dossier_decision_directives_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decision_directives" ADD CONSTRAINT "dossier_decision_directives_lead_structure_id_structures_id_fk" FOREIGN KEY ("lead_structure_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decisions" ADD CONSTRAINT "dossier_decisions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decisions" ADD CONSTRAINT "dossier_decisions_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decisions" ADD CONSTRAINT "dossier_decisions_decided_by_person_id_persons_id_fk" FOREIGN KEY ("decided_by_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_decisions" ADD CONSTRAINT "dossier_decisions_decided_by_post_id_posts_id_fk" FOREIGN KEY ("decided_by_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_events" ADD CONSTRAINT "dossier_events_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_named_persons" ADD CONSTRAINT "dossier_named_persons_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_named_persons" ADD CONSTRAINT "dossier_named_persons_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_named_persons" ADD CONSTRAINT "dossier_named_persons_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinion_requests" ADD CONSTRAINT "dossier_opinion_requests_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinion_requests" ADD CONSTRAINT "dossier_opinion_requests_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinion_requests" ADD CONSTRAINT "dossier_opinion_requests_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinions" ADD CONSTRAINT "dossier_opinions_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinions" ADD CONSTRAINT "dossier_opinions_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinions" ADD CONSTRAINT "dossier_opinions_request_id_dossier_opinion_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."dossier_opinion_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinions" ADD CONSTRAINT "dossier_opinions_author_person_id_persons_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_opinions" ADD CONSTRAINT "dossier_opinions_author_post_id_posts_id_fk" FOREIGN KEY ("author_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reference_counters" ADD CONSTRAINT "dossier_reference_counters_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_settings" ADD CONSTRAINT "dossier_settings_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_administration_id_administrations_id_fk" FOREIGN KEY ("administration_id") REFERENCES "public"."administrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_registered_by_person_id_persons_id_fk" FOREIGN KEY ("registered_by_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_registered_by_structure_id_structures_id_fk" FOREIGN KEY ("registered_by_structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_assignments_structure_key" ON "dossier_assignments" USING btree ("dossier_id","structure_id");--> statement-breakpoint
CREATE INDEX "dossier_assignments_structure_idx" ON "dossier_assignments" USING btree ("structure_id","dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_attachments_dossier_idx" ON "dossier_attachments" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_attachments_sha_idx" ON "dossier_attachments" USING btree ("sha256");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_circuits_kind_key" ON "dossier_circuits" USING btree ("administration_id","kind");--> statement-breakpoint
CREATE INDEX "dossier_decision_directives_dossier_idx" ON "dossier_decision_directives" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "dossier_decisions_dossier_idx" ON "dossier_decisions" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_events_seq_key" ON "dossier_events" USING btree ("dossier_id","seq");--> statement-breakpoint
CREATE INDEX "dossier_events_admin_idx" ON "dossier_events" USING btree ("administration_id","at");--> statement-breakpoint
CREATE INDEX "dossier_named_persons_person_idx" ON "dossier_named_persons" USING btree ("person_id","dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_opinion_requests_key" ON "dossier_opinion_requests" USING btree ("dossier_id","round","position");--> statement-breakpoint
CREATE INDEX "dossier_opinion_requests_open_idx" ON "dossier_opinion_requests" USING btree ("administration_id","type","structure_id","dossier_id") WHERE "dossier_opinion_requests"."opinion_id" IS NULL AND "dossier_opinion_requests"."opened_at" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_opinions_request_key" ON "dossier_opinions" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "dossier_opinions_dossier_idx" ON "dossier_opinions" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_reference_key" ON "dossiers" USING btree ("administration_id","reference");--> statement-breakpoint
CREATE INDEX "dossiers_admin_status_idx" ON "dossiers" USING btree ("administration_id","status","received_on");--> statement-breakpoint
CREATE INDEX "dossiers_admin_received_idx" ON "dossiers" USING btree ("administration_id","received_on","id");--> statement-breakpoint
CREATE INDEX "dossiers_search_idx" ON "dossiers" USING gin ("search_vector");