/** What traces, observations, sessions and experiments looked like, so a reviewer sees real context. */

/** [user question, assistant answer] */
export const EXCHANGES: readonly (readonly [string, string])[] = [
  [
    "How do I cancel my subscription?",
    "Go to Settings → Billing and click “Cancel plan”. You keep access until the end of the period.",
  ],
  [
    "Can I get a refund for last month?",
    "Refunds are possible within 14 days of a charge. Last month's charge is older, so I can't refund it.",
  ],
  [
    "The agent crashes on startup with error 0x80070005.",
    "That error means access denied. Run the installer as administrator and restart the agent.",
  ],
  [
    "What's the API rate limit?",
    "Each project can send 1,000 requests per minute. Bursts above that get HTTP 429.",
  ],
  [
    "Do you ship to Norway?",
    "Not yet — we ship to the EU, UK and Switzerland. Norway is planned for next quarter.",
  ],
  ["How many seats does the Pro plan include?", "Pro includes 25 seats; extra seats are $12 per month."],
  [
    "Reset my 2FA please",
    "For your security I can't reset 2FA in chat. Use Settings → Security → Reset authenticator.",
  ],
  ["Is my data stored in the EU?", "Yes. Workspaces created in the EU region store all data in Frankfurt."],
  [
    "Summarize this ticket thread",
    "The customer reports duplicate invoices since March; support issued a credit and opened a bug.",
  ],
  ["Translate 'order confirmed' to German", "„Bestellung bestätigt“"],
  [
    "Why is my dashboard empty?",
    "The dashboard shows the last 24 hours by default. Widen the time range to see older data.",
  ],
  [
    "Write a SQL query for monthly active users",
    "SELECT date_trunc('month', ts) AS month, count(DISTINCT user_id) FROM events GROUP BY 1;",
  ],
  ["Which plan has SSO?", "SSO (SAML and OIDC) is part of the Enterprise plan."],
  [
    "Where is my order #48213?",
    "Order #48213 left our warehouse yesterday; tracking shows delivery on Thursday.",
  ],
  [
    "Explain the difference between staging and production keys",
    "Staging keys only reach the sandbox; production keys bill real usage. Never share either.",
  ],
  [
    "My invoice has the wrong VAT number",
    "I've updated the VAT number. The corrected invoice will arrive by email within an hour.",
  ],
];

export const TRACE_NAMES: readonly string[] = [
  "support-chat",
  "rag-answer",
  "ticket-summary",
  "email-draft",
  "sql-assistant",
  "translate",
  "agent-run",
];

/** [observation name, observation type] — generations dominate, as in real traces. */
export const OBSERVATIONS: readonly (readonly [string, string])[] = [
  ["llm-call", "generation"],
  ["llm-call", "generation"],
  ["generate-answer", "generation"],
  ["rerank", "span"],
  ["retrieve-context", "retriever"],
  ["tool:lookup_order", "tool"],
  ["guardrail-check", "span"],
  ["classify-intent", "generation"],
  ["user-feedback", "event"],
];

export const SESSION_NAMES: readonly string[] = ["support conversation", "onboarding chat", "agent session"];
export const SESSION_OUTCOMES: readonly string[] = ["resolved", "escalated", "abandoned", "resolved"];

export const EXPERIMENT_NAMES: readonly string[] = [
  "prompt-v{n} vs baseline",
  "gpt-4o-mini swap #{n}",
  "reranker on/off #{n}",
  "chunk-size {n}00",
  "temperature sweep #{n}",
];
export const DATASETS: readonly string[] = [
  "support-golden-set",
  "rag-regression",
  "safety-redteam",
  "billing-faq",
];

export const MODELS: readonly string[] = ["gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet", "llama-3.1-70b"];
export const JUDGE_MODELS: readonly string[] = ["gpt-4o", "gpt-4o-mini", "claude-3-5-haiku"];
export const RELEASES: readonly string[] = ["2026.03.1", "2026.04.0", "2026.04.2", "2026.05.0", "2026.05.3"];
