CREATE TABLE "queue_item_people" (
	"queue_item_id" text NOT NULL,
	"user_id" text NOT NULL,
	"queue_id" text NOT NULL,
	"state" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "queue_item_people_queue_item_id_user_id_pk" PRIMARY KEY("queue_item_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "annotation_queues" ADD COLUMN "annotations_per_item" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "annotation_queues" ADD COLUMN "show_other_scores" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "queue_items" ADD COLUMN "lease_user_id" text;--> statement-breakpoint
ALTER TABLE "queue_items" ADD COLUMN "lease_expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "queue_item_people" ADD CONSTRAINT "queue_item_people_queue_item_id_queue_items_id_fk" FOREIGN KEY ("queue_item_id") REFERENCES "public"."queue_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_item_people" ADD CONSTRAINT "queue_item_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_item_people" ADD CONSTRAINT "queue_item_people_queue_id_annotation_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."annotation_queues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "queue_item_people_queue_user_idx" ON "queue_item_people" USING btree ("queue_id","user_id","state");--> statement-breakpoint
ALTER TABLE "queue_items" ADD CONSTRAINT "queue_items_lease_user_id_users_id_fk" FOREIGN KEY ("lease_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "queue_items_queue_object_idx" ON "queue_items" USING btree ("queue_id","object_type","object_id");