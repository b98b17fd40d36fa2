import type { TextPoolName } from "./label-catalog";

/**
 * Short realistic texts. A few deliberately contain a newline, a tab, a backslash, quotes and
 * non-ASCII characters: the COPY encoder, the API and the explorer must all carry them intact.
 */
export const POSITIVE_COMMENTS: readonly string[] = [
  "Accurate and well sourced.",
  "Good answer, matches the policy doc.",
  "Clear steps, user confirmed it worked.",
  "Concise and friendly — exactly the tone we want.",
  "Correct, though it could link the pricing page.",
  "Handled the follow-up question nicely.",
  "Great recovery after the tool error.",
  "Cites the right section (§4.2).",
  "Fine.\nMinor: the greeting is a bit long.",
  "Spot on 👍",
  "Réponse correcte et polie.",
  "Matches the gold answer word for word.",
];

export const NEGATIVE_COMMENTS: readonly string[] = [
  "Invented a refund window that does not exist.",
  "Ignores the second half of the question.",
  "Too long; the user asked for a yes/no answer.",
  'Wrong plan limits: quotes "10 seats" but Pro has 25.',
  "Refused a harmless request.",
  "Tone is dismissive.",
  "Retrieved the 2023 docs instead of the current ones.",
  "Tool call used the wrong order id.",
  "Path in answer is wrong: C:\\Program Files\\Acme\\agent.exe",
  "Steps are out of order:\n1. restart\n2. install update",
  "Copied the stack trace verbatim:\tTypeError: undefined is not a function",
  "Leaks another customer's email address.",
  "Answered in German although the user wrote in English.",
];

export const TEXT_POOLS: Record<TextPoolName, readonly string[]> = {
  notes: [
    "Checked against KB article 1182; all claims hold.",
    "User seemed frustrated, answer did not acknowledge it.",
    "Borderline: correct facts, wrong order of steps.",
    "Needs a second reviewer — unsure about the legal wording.",
    "Good example for the calibration set.",
    "Tool output was truncated, so the answer guessed.",
  ],
  suggestions: [
    "You can cancel any time under Settings → Billing; the plan stays active until the period ends.",
    "Please restart the agent after updating. If the error persists, send us the log file.",
    "Refunds are possible within 14 days of purchase. I have opened a request for you.",
    "The API limit is 1,000 requests per minute per project; batch the calls to stay below it.",
    "I'm sorry for the trouble. Let me connect you with a specialist.",
  ],
  rationales: [
    "The response addresses the question directly and every claim is supported by context [1] and [3].",
    "The answer states a 30-day window; the context says 14 days. This is a factual error.",
    "Relevant but verbose: three paragraphs where one sentence would do.",
    "The assistant correctly declines to share account data without verification.",
    "Partially grounded: the second claim has no supporting passage.",
  ],
  feedback: [
    "didn't help at all",
    "thanks, that fixed it!",
    "the link is broken",
    "why do I have to ask three times",
    "perfect",
    "answer was in the wrong language",
  ],
  rootCauses: [
    "Retriever returned an outdated document version.",
    "System prompt does not mention the new pricing.",
    "Tool timeout; model answered without data.",
    "Ambiguous question; assistant did not ask for clarification.",
    "Chunking split the table across two passages.",
  ],
};

/** What a reviewer typed as the corrected output (CORRECTION scores). */
export const CORRECTIONS: readonly string[] = [
  "Your subscription renews on the 1st of each month. You can switch to yearly billing at any time.",
  "Refunds are available within 14 days of purchase, not 30.",
  "To reset 2FA, go to Settings → Security and choose “Reset authenticator”.",
  "The Pro plan includes 25 seats.\nAdditional seats cost $12/month each.",
  'Run `acme login --sso` and pick your organization. Use "--profile work" for multiple accounts.',
  "We ship to the EU, UK and Switzerland; delivery takes 3–5 business days.",
];

export const ERROR_MESSAGES: readonly string[] = [
  "judge timed out after 30s",
  "rate limited by provider (429)",
  "judge returned invalid JSON",
  "context exceeded the judge's window",
];

/** Free-text scorers on API/EVAL rows, where no user matches (Respan `scorer`). */
export const AUTHOR_LABELS: readonly string[] = [
  "gpt-4o-judge",
  "claude-judge-v2",
  "ragas-nightly",
  "deepeval-ci",
  "support-widget",
  "qa-vendor@partners.example.com",
];
