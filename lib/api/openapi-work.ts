import { z } from "zod";
import {
  addItemsBodySchema,
  claimBodySchema,
  createLabelBodySchema,
  createQueueBodySchema,
  itemListQuerySchema,
  patchLabelBodySchema,
  patchQueueBodySchema,
  submitBodySchema,
} from "@/lib/queues/api-schemas";

type Json = Record<string, unknown>;

/** What openapi.ts lends this module, so both build paths the same way. */
export type OpenApiHelpers = {
  read: (summary: string, response: Json, parameters?: Json[]) => Json;
  write: (
    summary: string,
    body: z.ZodType,
    response: z.ZodType,
    status: "200" | "201",
    parameters?: Json[],
  ) => Json;
  json: (schema: z.ZodType, io?: "input" | "output") => Json;
  jsonSchema: (schema: z.ZodType, io?: "input" | "output") => Json;
  pathParameter: (name: string, description: string) => Json;
  projectIdParameter: Json;
  errors: Json;
  anyObject: z.ZodType;
};

/** Labels, queues, queue items and the annotation workspace (claim, submit, skip) in /api/v1. */
export function workPaths(h: OpenApiHelpers): Record<string, Json> {
  const queueId = h.pathParameter("id", "Queue id");
  const itemId = h.pathParameter("itemId", "Queue item id");
  const noBody = (summary: string, status: "200" | "204", parameters: Json[]) => ({
    summary,
    parameters: [h.projectIdParameter, ...parameters],
    responses: {
      [status]: status === "204" ? { description: "Done" } : { description: "OK", ...h.json(h.anyObject) },
      ...h.errors,
    },
  });
  const queryParameters = Object.entries(itemListQuerySchema.shape).map(([name, schema]) => ({
    name,
    in: "query",
    required: false,
    schema: h.jsonSchema(schema as z.ZodType, "input"),
  }));
  return {
    "/api/v1/configs": {
      get: h.read(
        "Labels (score configs) of the project; `counts=true` adds each label's score count",
        h.json(z.object({ data: z.array(h.anyObject) })),
        [
          {
            name: "counts",
            in: "query",
            required: false,
            schema: { type: "string", enum: ["true", "false"] },
          },
        ],
      ),
      post: h.write("Create a label (members and above)", createLabelBodySchema, h.anyObject, "201"),
    },
    "/api/v1/configs/{id}": {
      patch: h.write(
        "Change a label's name, description or archived flag; range, step and categories only while it has no scores (409 otherwise); never its type",
        patchLabelBodySchema,
        h.anyObject,
        "200",
        [h.pathParameter("id", "Label id")],
      ),
    },
    "/api/v1/queues": {
      get: h.read("Annotation queues of the project", h.json(z.object({ data: z.array(h.anyObject) }))),
      post: h.write(
        "Create a queue with labels, annotations per item, blind setting and annotators (members and above)",
        createQueueBodySchema,
        h.anyObject,
        "201",
      ),
    },
    "/api/v1/queues/{id}": {
      get: h.read("A queue with its annotators and item counts", h.json(h.anyObject), [queueId]),
      patch: h.write(
        "Change a queue; `annotatorIds` replaces its annotators",
        patchQueueBodySchema,
        h.anyObject,
        "200",
        [queueId],
      ),
      delete: noBody("Delete a queue and its items; scores stay", "204", [queueId]),
    },
    "/api/v1/queues/{id}/items": {
      get: h.read("Items with status, assignee, holder and who completed them", h.json(h.anyObject), [
        queueId,
        ...queryParameters,
      ]),
      post: h.write(
        "Add subjects (up to 1,000); subjects already in the queue are not added twice",
        addItemsBodySchema,
        z.object({ added: z.number(), alreadyInQueue: z.number() }),
        "201",
        [queueId],
      ),
    },
    "/api/v1/queues/{id}/items/{itemId}": {
      delete: noBody("Remove an item from the queue", "204", [queueId, itemId]),
    },
    "/api/v1/queues/{id}/items/{itemId}/reset": {
      post: noBody("Reset an item to pending for everyone", "200", [queueId, itemId]),
    },
    "/api/v1/queues/{id}/next": {
      post: h.write(
        "Claim the caller's next item (a 10-minute lease; assigned items first, never one the caller submitted); body `{}` or `{exclude: [itemId]}` when prefetching",
        claimBodySchema,
        h.anyObject,
        "200",
        [queueId],
      ),
    },
    "/api/v1/queues/{id}/items/{itemId}/work": {
      get: h.read(
        "One item as the workspace shows it (blind: others' scores hidden until you submit)",
        h.json(h.anyObject),
        [queueId, itemId],
      ),
    },
    "/api/v1/queues/{id}/items/{itemId}/submit": {
      post: h.write(
        "Write the caller's ANNOTATION scores for the item and complete it for them; 409 when someone else holds it",
        submitBodySchema,
        h.anyObject,
        "200",
        [queueId, itemId],
      ),
    },
    "/api/v1/queues/{id}/items/{itemId}/skip": {
      post: noBody("Skip an item: released, offered to the caller again after the rest", "200", [
        queueId,
        itemId,
      ]),
    },
    "/api/v1/queues/{id}/items/{itemId}/release": {
      post: noBody("Give up the caller's lease on an item", "204", [queueId, itemId]),
    },
    "/api/v1/my-work": {
      get: h.read(
        "The caller's queues with what is left for them",
        h.json(z.object({ data: z.array(h.anyObject) })),
      ),
    },
  };
}
