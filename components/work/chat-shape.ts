/**
 * Reading a subject's input or output the way a person reads it: a list of chat messages
 * (OpenAI, Anthropic and Langfuse shapes: `role` + `content` as text or parts, tool calls) becomes
 * a conversation; anything else stays as it is. Pure, so the rules are unit-tested.
 */
export type ChatPart =
  | { kind: "text"; text: string }
  | { kind: "tool-call"; name: string; args: unknown }
  | { kind: "tool-result"; content: unknown }
  | { kind: "other"; value: unknown };

export type ChatMessage = { role: string; parts: ChatPart[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseArgs(args: unknown): unknown {
  if (typeof args !== "string") return args;
  try {
    return JSON.parse(args);
  } catch {
    return args;
  }
}

function partsOf(content: unknown): ChatPart[] {
  if (content === null || content === undefined) return [];
  if (typeof content === "string") return content === "" ? [] : [{ kind: "text", text: content }];
  if (!Array.isArray(content)) return [{ kind: "other", value: content }];
  return content.map((part): ChatPart => {
    if (typeof part === "string") return { kind: "text", text: part };
    if (!isObject(part)) return { kind: "other", value: part };
    if (
      (part.type === "text" || part.type === "input_text" || part.type === "output_text") &&
      typeof part.text === "string"
    )
      return { kind: "text", text: part.text };
    if (part.type === "tool_use")
      return { kind: "tool-call", name: String(part.name ?? "tool"), args: part.input };
    if (part.type === "tool_result") return { kind: "tool-result", content: part.content };
    return { kind: "other", value: part };
  });
}

function toolCallsOf(message: Record<string, unknown>): ChatPart[] {
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  const parts = calls.flatMap((call): ChatPart[] => {
    if (!isObject(call)) return [];
    const fn = isObject(call.function) ? call.function : call;
    return [{ kind: "tool-call", name: String(fn.name ?? "tool"), args: parseArgs(fn.arguments ?? fn.args) }];
  });
  if (isObject(message.function_call)) {
    parts.push({
      kind: "tool-call",
      name: String(message.function_call.name ?? "function"),
      args: parseArgs(message.function_call.arguments),
    });
  }
  return parts;
}

const isMessage = (value: unknown): value is Record<string, unknown> =>
  isObject(value) && typeof value.role === "string" && ("content" in value || "tool_calls" in value);

/** The messages of a chat-shaped value (an array, or `{messages: [...]}`), else null. */
export function chatMessagesOf(value: unknown): ChatMessage[] | null {
  const list = isObject(value) && Array.isArray(value.messages) ? value.messages : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every(isMessage)) return null;
  return list.map((message) => ({
    role: String(message.role),
    parts: [...partsOf(message.content), ...toolCallsOf(message)],
  }));
}

/** A single assistant message object (`{role, content}`) is a conversation of one. */
export function asConversation(value: unknown): ChatMessage[] | null {
  return chatMessagesOf(value) ?? (isMessage(value) ? chatMessagesOf([value]) : null);
}

export type MarkdownBlock =
  | { kind: "heading"; level: number; text: string }
  | { kind: "code"; language: string; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "paragraph"; text: string };

/** Block-level markdown: headings, fenced code, lists and paragraphs. Inline marks stay as typed. */
export function markdownBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join("\n") });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^```\s*([\w+-]*)\s*$/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) code.push(lines[i]);
      blocks.push({ kind: "code", language: fence[1], text: code.join("\n") });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: "heading", level: heading[1].length, text: heading[2] });
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const ordered = /\d/.test(item[1]);
      const last = blocks[blocks.length - 1];
      if (last?.kind === "list" && last.ordered === ordered) last.items.push(item[2]);
      else blocks.push({ kind: "list", ordered, items: [item[2]] });
      continue;
    }
    if (line.trim() === "") flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}
