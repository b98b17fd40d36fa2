import type { configWidgets, evaluatorTypes, ScoreDataType } from "../schema";

export type Widget = (typeof configWidgets)[number];
export type EvaluatorType = (typeof evaluatorTypes)[number];

/** Which free-text pool a TEXT label draws from (see text-pools.ts). */
export type TextPoolName = "notes" | "suggestions" | "rationales" | "feedback" | "rootCauses";

export type LabelSpec = {
  name: string;
  dataType: Exclude<ScoreDataType, "CORRECTION">;
  widget: Widget;
  min?: number;
  max?: number;
  step?: number;
  /** Listed best first: the numeric mapping is n-1 … 0, so a higher value reads as better. */
  categories?: readonly string[];
  /** -1 for labels where "true"/high is bad (toxicity, hallucination): flips comment tone and pass/fail. */
  polarity?: -1;
  evaluator: EvaluatorType | null;
  text?: TextPoolName;
  description: string;
};

const n = (
  name: string,
  widget: Widget,
  min: number,
  max: number,
  step: number,
  evaluator: EvaluatorType | null,
  description: string,
): LabelSpec => ({ name, dataType: "NUMERIC", widget, min, max, step, evaluator, description });
const b = (
  name: string,
  widget: Widget,
  evaluator: EvaluatorType | null,
  description: string,
  polarity?: -1,
): LabelSpec => ({ name, dataType: "BOOLEAN", widget, min: 0, max: 1, evaluator, description, polarity });
/** Categories as one space-separated string keeps each catalog entry on one line. */
const cat =
  (widget: "single_select" | "multi_select") =>
  (name: string, evaluator: EvaluatorType | null, categories: string, description: string): LabelSpec => ({
    name,
    dataType: "CATEGORICAL",
    widget,
    categories: categories.split(" "),
    evaluator,
    description,
  });
const one = cat("single_select");
const many = cat("multi_select");
const t = (name: string, text: TextPoolName, evaluator: EvaluatorType | null, description: string) =>
  ({ name, dataType: "TEXT", widget: "text", evaluator, text, description }) satisfies LabelSpec;
const j = (name: string, evaluator: EvaluatorType | null, description: string) =>
  ({ name, dataType: "JSON", widget: "json", evaluator, description }) satisfies LabelSpec;

/**
 * Labels real LLM teams use, roughly in order of how common they are (the seed uses this order as
 * a prior for popularity). Each project takes 20–50 of them.
 */
export const LABEL_CATALOG: readonly LabelSpec[] = [
  n("helpfulness", "slider", 0, 1, 0.05, "llm", "Does the answer move the user towards their goal?"),
  b("thumbs-up", "thumbs", null, "End-user feedback from the chat widget"),
  n("faithfulness", "numeric", 0, 1, 0.01, "llm", "Share of claims supported by the retrieved context"),
  b("toxicity", "boolean", "llm", "Insults, threats or demeaning language", -1),
  n("answer-relevance", "numeric", 0, 1, 0.01, "llm", "How directly the answer addresses the question"),
  n("overall-quality", "star", 1, 5, 1, "human", "Reviewer's overall rating"),
  one("tone", "llm", "professional friendly neutral curt rude", "Register"),
  b("hallucination", "boolean", "llm", "States facts not present in context or world knowledge", -1),
  n("groundedness", "percentage", 0, 100, 1, "llm", "Percentage of sentences grounded in sources"),
  one("sentiment", "llm", "positive neutral negative", "User sentiment in the turn"),
  t("reviewer-notes", "notes", "human", "Free-form notes from the reviewer"),
  n("context-precision", "numeric", 0, 1, 0.01, "llm", "Retrieved chunks that were actually relevant"),
  b("correct-answer", "thumbs", "human", "Reviewer agrees the final answer is correct"),
  one("resolution-status", "human", "resolved partially-resolved unresolved escalated", "Outcome"),
  n("coherence", "numeric", 1, 10, 1, "llm", "Logical flow and consistency"),
  many(
    "error-categories",
    "human",
    "factual-error missing-citation off-topic formatting stale unsafe",
    "Issues",
  ),
  j("rubric-breakdown", "llm", "Per-criterion rubric scores from the judge"),
  n("context-recall", "numeric", 0, 1, 0.01, "llm", "Ground-truth facts covered by retrieval"),
  b("contains-pii", "boolean", "code", "Regex + NER detector for personal data", -1),
  n("completeness", "star", 1, 5, 1, "human", "Covers every part of the request"),
  one("intent", "llm", "billing technical-issue account feedback other", "Classified user intent"),
  n("semantic-similarity", "numeric", 0, 1, 0.001, "code", "Embedding cosine similarity to the reference"),
  t("suggested-answer", "suggestions", "human", "What the assistant should have said"),
  b("is-refusal", "boolean", "llm", "The assistant declined to answer", -1),
  n("fluency", "slider", 1, 5, 0.5, "llm", "Grammar and naturalness"),
  one("answer-grade", "human", "A B C D F", "Letter grade from calibration sessions"),
  n("user-satisfaction", "star", 1, 5, 1, null, "CSAT collected after the conversation"),
  b("policy-compliant", "boolean", "human", "Follows the published support policy"),
  j("structured-eval", "code", "Checks run by the structured-output validator"),
  n("instruction-following", "slider", 0, 10, 1, "llm", "Follows system and user instructions"),
  many("topics", "llm", "pricing shipping returns integrations security onboarding", "Topics mentioned"),
  t("judge-rationale", "rationales", "llm", "The judge model's explanation"),
  n("conciseness", "slider", 0, 1, 0.1, "llm", "No padding or repetition"),
  b("json-valid", "boolean", "code", "Output parses against the response schema"),
  n("tool-call-accuracy", "percentage", 0, 100, 1, "code", "Tool calls with correct name and arguments"),
  one("risk-level", "llm", "low medium high critical", "Risk of harm if the answer is wrong"),
  n("empathy", "star", 1, 5, 1, "human", "Acknowledges the user's situation"),
  b("escalation-needed", "boolean", "human", "A human agent should take over", -1),
  n("citation-quality", "numeric", 0, 1, 0.01, "llm", "Citations point at the supporting passage"),
  many("failure-modes", "human", "hallucination refusal truncation wrong-tool loop latency", "Observed"),
  t("user-feedback-text", "feedback", null, "Free text left by the end user"),
  n("bleu", "numeric", 0, 1, 0.001, "code", "BLEU against the reference answer"),
  j("tool-trace-check", "code", "Step-by-step verification of the agent's tool calls"),
  one("language", "code", "en de fr es ja pt", "Detected response language"),
  b("jailbreak-attempt", "boolean", "llm", "The user tried to bypass the system prompt", -1),
  n("rouge-l", "numeric", 0, 1, 0.001, "code", "ROUGE-L F1 against the reference"),
  t("root-cause", "rootCauses", "human", "Why the answer went wrong"),
  one("retrieval-outcome", "code", "hit partial miss", "Whether the gold passage was retrieved"),
  n("latency-budget-usage", "percentage", 0, 100, 1, "code", "Share of the latency budget used"),
  j("retrieval-diagnostics", "code", "Retriever scores and ranks for the gold passages"),
  many("safety-flags", "llm", "none harassment self-harm violence sexual", "Safety classifier flags"),
  j("ragas-report", "code", "Full RAGAS metric report"),
];

/** Scores without a config: human corrections of the output, and an NPS metric sent by an SDK. */
export const CORRECTION_NAME = "correction";
export const CONFIGLESS_NUMERIC = { name: "nps", min: 0, max: 10 } as const;
