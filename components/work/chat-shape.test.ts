import { describe, expect, it } from "vitest";
import { asConversation, chatMessagesOf, markdownBlocks } from "./chat-shape";

describe("chatMessagesOf", () => {
  it("reads OpenAI messages with tool calls", () => {
    const messages = chatMessagesOf([
      { role: "system", content: "Be brief." },
      { role: "user", content: [{ type: "text", text: "Weather?" }] },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "c1", type: "function", function: { name: "weather", arguments: '{"city":"Oslo"}' } },
        ],
      },
      { role: "tool", content: "Sunny" },
    ]);
    expect(messages?.map((m) => m.role)).toEqual(["system", "user", "assistant", "tool"]);
    expect(messages?.[2].parts).toEqual([{ kind: "tool-call", name: "weather", args: { city: "Oslo" } }]);
  });

  it("reads Anthropic content blocks and a {messages} wrapper", () => {
    const messages = chatMessagesOf({
      messages: [
        { role: "assistant", content: [{ type: "tool_use", name: "search", input: { q: "x" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "t", content: "found" }] },
      ],
    });
    expect(messages?.[0].parts[0]).toEqual({ kind: "tool-call", name: "search", args: { q: "x" } });
    expect(messages?.[1].parts[0]).toEqual({ kind: "tool-result", content: "found" });
  });

  it("leaves other values alone", () => {
    expect(chatMessagesOf({ question: "2+2" })).toBeNull();
    expect(chatMessagesOf([1, 2])).toBeNull();
    expect(chatMessagesOf([])).toBeNull();
    expect(asConversation({ role: "assistant", content: "4" })?.[0].parts).toEqual([
      { kind: "text", text: "4" },
    ]);
  });
});

describe("markdownBlocks", () => {
  it("splits headings, lists, code and paragraphs", () => {
    expect(
      markdownBlocks("# Title\n\nSome text\nmore\n\n- a\n- b\n1. one\n```ts\nconst x = 1;\n```"),
    ).toEqual([
      { kind: "heading", level: 1, text: "Title" },
      { kind: "paragraph", text: "Some text\nmore" },
      { kind: "list", ordered: false, items: ["a", "b"] },
      { kind: "list", ordered: true, items: ["one"] },
      { kind: "code", language: "ts", text: "const x = 1;" },
    ]);
  });
});
