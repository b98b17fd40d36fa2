import { z } from "zod";
import { compareParamDescriptions, compareShape } from "@/lib/analytics/compare-params";
import { appVersion } from "@/lib/health";
import { workPaths } from "./openapi-work";
import {
  apiKeyJsonSchema,
  createApiKeyBodySchema,
  createdApiKeyJsonSchema,
} from "@/lib/projects/api-key-admin";
import {
  addMemberBodySchema,
  addMemberResponseSchema,
  changeMemberBodySchema,
  memberJsonSchema,
} from "@/lib/projects/member-input";
import { createProjectBodySchema, projectJsonSchema } from "@/lib/projects/project-list";
import { exportParamDescriptions, exportParamsShape } from "@/lib/scores/export/export-params";
import { paramDescriptions, scoreListShape } from "@/lib/scores/filters";
import { createScoresBodySchema, scorePatchSchema } from "@/lib/scores/score-input";
import {
  errorResponseSchema,
  facetsResponseSchema,
  scoreJsonSchema,
  scoreListResponseSchema,
} from "@/lib/scores/score-json";
import { createViewBodySchema, updateViewBodySchema, viewJsonSchema } from "@/lib/views/view-input";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers parse
 * with: query parameters from the list schema (their input side: strings), bodies from the
 * write schemas, responses from score-json.ts. Nothing here restates a field by hand.
 */
type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return rest; // OpenAPI 3.1 already speaks JSON Schema 2020-12
}

const json = (schema: z.ZodType, io: "input" | "output" = "output") => ({
  content: { "application/json": { schema: jsonSchema(schema, io) } },
});

const errors = {
  "400": {
    description: "Invalid parameters or body; `issues` names every offending field",
    ...json(errorResponseSchema),
  },
  "401": { description: "No or invalid credentials", ...json(errorResponseSchema) },
  "403": {
    description: "The key or user may not access this project or action",
    ...json(errorResponseSchema),
  },
  "503": {
    description: "Database unavailable or query timed out; retry after `Retry-After`",
    ...json(errorResponseSchema),
  },
};

const listParameters = Object.entries(scoreListShape).map(([name, schema]) => ({
  name,
  in: "query",
  required: false,
  description: paramDescriptions[name as keyof typeof paramDescriptions],
  schema: jsonSchema(schema as z.ZodType, "input"),
}));
const compareParameters = Object.entries(compareShape).map(([name, schema]) => ({
  name,
  in: "query",
  required: name === "a" || name === "b",
  description: compareParamDescriptions[name as keyof typeof compareParamDescriptions],
  schema: jsonSchema(schema as z.ZodType, "input"),
}));
const exportParameters = Object.entries(exportParamsShape).map(([name, schema]) => ({
  name,
  in: "query",
  required: false,
  description: { ...paramDescriptions, ...exportParamDescriptions }[name as keyof typeof exportParamsShape],
  schema: jsonSchema(schema as z.ZodType, "input"),
}));
const projectIdParameter = {
  name: "projectId",
  in: "query",
  required: false,
  description: "Required with a dashboard session; with an API key it must name the key's project",
  schema: { type: "string" },
};
const pathParameter = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});

const read = (summary: string, response: Json, parameters: Json[] = []) => ({
  summary,
  parameters: [projectIdParameter, ...parameters],
  responses: { "200": { description: "OK", ...response }, ...errors },
});
const dataList = (item: z.ZodType) => json(z.object({ data: z.array(item) }));
const write = (
  summary: string,
  body: z.ZodType,
  response: z.ZodType,
  status: "200" | "201",
  parameters: Json[] = [],
) => ({
  summary,
  parameters: [projectIdParameter, ...parameters],
  requestBody: { required: true, ...json(body, "input") },
  responses: { [status]: { description: status === "201" ? "Created" : "OK", ...json(response) }, ...errors },
});
const anyObject = z.record(z.string(), z.unknown());

export function buildOpenApiDocument(serverUrl?: string) {
  const scoreId = pathParameter("id", "Score id");
  return {
    openapi: "3.1.0",
    info: { title: "Scorelens native API", version: appVersion },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    security: [{ basic: [] }, { bearer: [] }, { publicKey: [], secretKey: [] }],
    components: {
      securitySchemes: {
        basic: { type: "http", scheme: "basic", description: "public key : secret key" },
        bearer: { type: "http", scheme: "bearer", description: "the secret key" },
        publicKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
        secretKey: { type: "apiKey", in: "header", name: "X-Secret-Key" },
      },
    },
    paths: {
      "/api/v1/scores": {
        get: read(
          "List scores with filters, sort, cursor or page pagination and an optional total",
          json(scoreListResponseSchema),
          listParameters,
        ),
        post: {
          summary: "Create one score or a batch of up to 1,000 in one transaction; upsert by id",
          parameters: [projectIdParameter],
          requestBody: { required: true, ...json(createScoresBodySchema, "input") },
          responses: {
            "200": { description: "An existing id was updated", ...json(scoreJsonSchema) },
            "201": { description: "Created (a batch answers {data: [Score]})", ...json(scoreJsonSchema) },
            "413": { description: "Body over 5 MB", ...json(errorResponseSchema) },
            ...errors,
          },
        },
      },
      "/api/v1/scores/facets": {
        get: read(
          "Counts per value for the filter bar; each facet ignores its own filter",
          json(facetsResponseSchema),
          listParameters,
        ),
      },
      "/api/v1/scores/export": {
        get: {
          summary:
            "Every score the list's filters match, in its sort, streamed as CSV, JSONL or JSON (no row cap)",
          parameters: [projectIdParameter, ...exportParameters],
          responses: {
            "200": {
              description:
                "The file, as an attachment named after project, filters and date; `X-Row-Estimate` is the planner's row estimate",
              content: {
                "text/csv": { schema: { type: "string" } },
                "application/x-ndjson": { schema: jsonSchema(scoreJsonSchema) },
                "application/json": { schema: jsonSchema(z.array(scoreJsonSchema)) },
              },
            },
            ...errors,
          },
        },
      },
      "/api/v1/scores/{id}": {
        get: read(
          "One score with config, author, queue, subject context and revision count",
          json(anyObject),
          [scoreId],
        ),
        patch: {
          summary: "Change value, comment or metadata; If-Match guards against lost updates",
          parameters: [
            projectIdParameter,
            scoreId,
            { name: "If-Match", in: "header", required: false, schema: { type: "string" } },
          ],
          requestBody: { required: true, ...json(scorePatchSchema, "input") },
          responses: {
            "200": { description: "Updated; a fresh ETag header", ...json(scoreJsonSchema) },
            "404": { description: "No such score", ...json(errorResponseSchema) },
            "412": { description: "If-Match names a stale version", ...json(errorResponseSchema) },
            ...errors,
          },
        },
        delete: {
          summary: "Delete a score; its revision keeps the deleted row",
          parameters: [projectIdParameter, scoreId],
          responses: {
            "204": { description: "Deleted" },
            "404": { description: "No such score", ...json(errorResponseSchema) },
            ...errors,
          },
        },
      },
      "/api/v1/scores/{id}/revisions": {
        get: read("Edit history, oldest first", dataList(anyObject), [scoreId]),
      },
      "/api/v1/views": {
        get: read("Saved views: the project's and the caller's own", dataList(viewJsonSchema)),
        post: write(
          "Save an explorer query under a name, personal or for the project (people, not API keys)",
          createViewBodySchema,
          viewJsonSchema,
          "201",
        ),
      },
      "/api/v1/views/{id}": {
        patch: write(
          "Rename a view or point it at another query (its author, or a project admin)",
          updateViewBodySchema,
          viewJsonSchema,
          "200",
          [pathParameter("id", "Saved view id")],
        ),
        delete: {
          summary: "Delete a view (its author, or a project admin)",
          parameters: [projectIdParameter, pathParameter("id", "Saved view id")],
          responses: {
            "204": { description: "Deleted" },
            "404": { description: "No such view visible to the caller", ...json(errorResponseSchema) },
            ...errors,
          },
        },
      },
      "/api/v1/environments": {
        get: read("Environments that have scores", dataList(z.object({ name: z.string() }))),
      },
      "/api/v1/subjects/{kind}/{id}": {
        get: read("A judged object's context and all its scores", json(anyObject), [
          pathParameter("kind", "trace, observation, session or experiment"),
          pathParameter("id", "The object's id"),
        ]),
      },
      "/api/v1/projects": {
        get: read("The caller's projects with the caller's role", dataList(projectJsonSchema)),
        post: write(
          "Create a project in the same organization (admin, owner); the caller becomes owner",
          createProjectBodySchema,
          projectJsonSchema,
          "201",
        ),
      },
      "/api/v1/members": {
        get: read("Members of the project (annotators)", dataList(memberJsonSchema)),
        post: write(
          "Add a member by email; a new account's one-time password is returned once (admin, owner)",
          addMemberBodySchema,
          addMemberResponseSchema,
          "201",
        ),
      },
      "/api/v1/members/{userId}": {
        patch: write(
          "Change a member's role (admin, owner)",
          changeMemberBodySchema,
          memberJsonSchema,
          "200",
          [pathParameter("userId", "Member's user id")],
        ),
        delete: {
          summary: "Remove a member from the project (the account stays)",
          parameters: [projectIdParameter, pathParameter("userId", "Member's user id")],
          responses: {
            "204": { description: "Removed" },
            "409": { description: "The last owner cannot leave", ...json(errorResponseSchema) },
            ...errors,
          },
        },
      },
      "/api/v1/api-keys": {
        get: read("API keys of the project, without secrets (admin, owner)", dataList(apiKeyJsonSchema)),
        post: write(
          "Create a key pair; the secret is returned only here (admin, owner)",
          createApiKeyBodySchema,
          createdApiKeyJsonSchema,
          "201",
        ),
      },
      "/api/v1/api-keys/{id}": {
        delete: {
          summary: "Revoke a key (idempotent); requests with it are 401 at once",
          parameters: [projectIdParameter, pathParameter("id", "API key id")],
          responses: { "204": { description: "Revoked" }, ...errors },
        },
      },
      "/api/v1/annotators/{userId}/agreement": {
        get: read("Agreement with other annotators per label on shared subjects", dataList(anyObject), [
          pathParameter("userId", "Annotator's user id"),
        ]),
      },
      "/api/v1/annotators/{userId}/activity": {
        get: read(
          "Scores per label and per day over the annotator's latest 30 days of activity",
          json(anyObject),
          [pathParameter("userId", "Annotator's user id")],
        ),
      },
      "/api/v1/labels/{name}/stats": {
        get: read(
          "Value distribution, spread (standard deviation, percentiles), daily trend and per-annotator breakdown of a label",
          json(anyObject),
          [pathParameter("name", "Label name"), ...listParameters],
        ),
      },
      "/api/v1/queues/{id}/progress": {
        get: read("Items by status and per-annotator progress of a queue", json(anyObject), [
          pathParameter("id", "Queue id"),
        ]),
      },
      "/api/v1/analytics/compare": {
        get: read(
          "Compare series A with reference series B on the same subjects: n, correlations, errors, confusion matrix, kappa, per-class F1, distributions, agreement over time, and a cursor page of the pairs (narrowed by the pair filters)",
          json(anyObject),
          compareParameters,
        ),
      },
      ...workPaths({ read, write, json, jsonSchema, pathParameter, projectIdParameter, errors, anyObject }),
      "/api/health": {
        get: {
          summary: "Liveness and database reachability",
          security: [],
          responses: { "200": { description: "OK" }, "503": { description: "Database unreachable" } },
        },
      },
    },
  };
}
