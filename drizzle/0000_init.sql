CREATE TYPE "public"."config_widget" AS ENUM('numeric', 'slider', 'star', 'percentage', 'thumbs', 'boolean', 'single_select', 'multi_select', 'text', 'json');--> statement-breakpoint
CREATE TYPE "public"."evaluator_type" AS ENUM('llm', 'code', 'human');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('owner', 'admin', 'member', 'annotator', 'viewer');--> statement-breakpoint
CREATE TYPE "public"."queue_item_status" AS ENUM('pending', 'completed');--> statement-breakpoint
CREATE TYPE "public"."queue_object_type" AS ENUM('trace', 'observation', 'session');--> statement-breakpoint
CREATE TYPE "public"."revision_action" AS ENUM('create', 'update', 'delete', 'restore');--> statement-breakpoint
CREATE TYPE "public"."score_data_type" AS ENUM('NUMERIC', 'BOOLEAN', 'CATEGORICAL', 'TEXT', 'CORRECTION', 'JSON');--> statement-breakpoint
CREATE TYPE "public"."score_source" AS ENUM('API', 'EVAL', 'ANNOTATION');--> statement-breakpoint
CREATE TYPE "public"."subject_kind" AS ENUM('trace', 'observation', 'session', 'experiment');--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"public_key" text NOT NULL,
	"secret_hash" text NOT NULL,
	"secret_hint" text NOT NULL,
	"note" text,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" text NOT NULL,
	"project_id" text NOT NULL,
	"role" "member_role" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_project_id_pk" PRIMARY KEY("user_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "score_configs" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"name" text NOT NULL,
	"slug" text,
	"data_type" "score_data_type" NOT NULL,
	"widget" "config_widget" NOT NULL,
	"min_value" double precision,
	"max_value" double precision,
	"step" double precision,
	"categories" jsonb,
	"evaluator_type" "evaluator_type",
	"description" text,
	"is_archived" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annotation_queues" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"config_ids" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_items" (
	"id" text PRIMARY KEY NOT NULL,
	"queue_id" text NOT NULL,
	"object_type" "queue_object_type" NOT NULL,
	"object_id" text NOT NULL,
	"status" "queue_item_status" DEFAULT 'pending' NOT NULL,
	"assigned_user_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"project_id" text NOT NULL,
	"kind" "subject_kind" NOT NULL,
	"id" text NOT NULL,
	"trace_id" text,
	"name" text,
	"input" jsonb,
	"output" jsonb,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"timestamp" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subjects_project_id_kind_id_pk" PRIMARY KEY("project_id","kind","id")
);
--> statement-breakpoint
CREATE TABLE "scores" (
	"project_id" text NOT NULL,
	"id" text NOT NULL,
	"name" text NOT NULL,
	"config_id" text,
	"data_type" "score_data_type" NOT NULL,
	"numeric_value" double precision,
	"string_value" text,
	"categories" text[],
	"json_value" jsonb,
	"source" "score_source" NOT NULL,
	"trace_id" text,
	"observation_id" text,
	"session_id" text,
	"experiment_id" text,
	"subject_kind" "subject_kind" NOT NULL,
	"observation_type" text,
	"environment" text DEFAULT 'default' NOT NULL,
	"author_user_id" text,
	"author_label" text,
	"queue_id" text,
	"queue_item_id" text,
	"comment" text,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"kind" text,
	"is_passed" boolean,
	"cost" numeric,
	"status" text,
	"error_message" text,
	"prompt_id" text,
	"prompt_version" integer,
	"dataset_id" text,
	"automation_id" text,
	"execution_trace_id" text,
	"timestamp" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scores_project_id_id_pk" PRIMARY KEY("project_id","id"),
	CONSTRAINT "scores_subject_present" CHECK (coalesce("scores"."trace_id", "scores"."observation_id", "scores"."session_id", "scores"."experiment_id") is not null)
);
--> statement-breakpoint
CREATE TABLE "score_revisions" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"score_id" text NOT NULL,
	"action" "revision_action" NOT NULL,
	"actor_user_id" text,
	"actor_api_key_id" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_configs" ADD CONSTRAINT "score_configs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annotation_queues" ADD CONSTRAINT "annotation_queues_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_items" ADD CONSTRAINT "queue_items_queue_id_annotation_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."annotation_queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_items" ADD CONSTRAINT "queue_items_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_config_id_score_configs_id_fk" FOREIGN KEY ("config_id") REFERENCES "public"."score_configs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scores" ADD CONSTRAINT "scores_queue_id_annotation_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."annotation_queues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_revisions" ADD CONSTRAINT "score_revisions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_public_key_idx" ON "api_keys" USING btree ("public_key");--> statement-breakpoint
CREATE INDEX "api_keys_secret_hash_idx" ON "api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "api_keys_project_idx" ON "api_keys" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "memberships_project_idx" ON "memberships" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "projects_organization_idx" ON "projects" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "score_configs_project_name_idx" ON "score_configs" USING btree ("project_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "score_configs_project_slug_idx" ON "score_configs" USING btree ("project_id","slug") WHERE "score_configs"."slug" is not null;--> statement-breakpoint
CREATE INDEX "score_configs_project_idx" ON "score_configs" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "annotation_queues_project_name_idx" ON "annotation_queues" USING btree ("project_id","name");--> statement-breakpoint
CREATE INDEX "queue_items_queue_idx" ON "queue_items" USING btree ("queue_id","status");--> statement-breakpoint
CREATE INDEX "scores_project_timestamp_idx" ON "scores" USING btree ("project_id","timestamp" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scores_project_name_timestamp_idx" ON "scores" USING btree ("project_id","name","timestamp" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scores_project_source_timestamp_idx" ON "scores" USING btree ("project_id","source","timestamp" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scores_project_env_timestamp_idx" ON "scores" USING btree ("project_id","environment","timestamp" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "scores_project_author_timestamp_idx" ON "scores" USING btree ("project_id","author_user_id","timestamp" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "scores"."author_user_id" is not null;--> statement-breakpoint
CREATE INDEX "scores_project_queue_timestamp_idx" ON "scores" USING btree ("project_id","queue_id","timestamp" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "scores"."queue_id" is not null;--> statement-breakpoint
CREATE INDEX "scores_project_trace_idx" ON "scores" USING btree ("project_id","trace_id") WHERE "scores"."trace_id" is not null;--> statement-breakpoint
CREATE INDEX "scores_project_session_idx" ON "scores" USING btree ("project_id","session_id") WHERE "scores"."session_id" is not null;--> statement-breakpoint
CREATE INDEX "score_revisions_score_idx" ON "score_revisions" USING btree ("project_id","score_id","created_at");