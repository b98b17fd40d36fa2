import { JsonTree } from "@/components/score-detail/json-tree";
import { asConversation, markdownBlocks, type ChatMessage, type ChatPart } from "./chat-shape";

/** A subject's input or output rendered for reading: a conversation, markdown text, or a JSON tree. */
export function ReadableValue({ title, value }: { title: string; value: unknown }) {
  if (value === null || value === undefined || value === "") return null;
  const conversation = asConversation(value);
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {title}
      </h3>
      {conversation ? (
        <Conversation messages={conversation} />
      ) : typeof value === "string" ? (
        <Markdown text={value} />
      ) : (
        <JsonTree value={value} label={title} />
      )}
    </section>
  );
}

const roleStyles: Record<string, string> = {
  user: "border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950",
  assistant: "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950",
  system: "border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-900",
};

function Conversation({ messages }: { messages: ChatMessage[] }) {
  return (
    <ol className="flex flex-col gap-2">
      {messages.map((message, index) => (
        <li
          key={index}
          className={`rounded-md border p-3 ${roleStyles[message.role] ?? "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950"}`}
        >
          <p className="mb-1 text-xs font-semibold text-slate-700 capitalize dark:text-slate-300">
            {message.role}
          </p>
          <div className="flex flex-col gap-2">
            {message.parts.length === 0 ? (
              <p className="text-sm text-slate-500 italic">(empty)</p>
            ) : (
              message.parts.map((part, partIndex) => <Part key={partIndex} part={part} />)
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function Part({ part }: { part: ChatPart }) {
  switch (part.kind) {
    case "text":
      return <Markdown text={part.text} />;
    case "tool-call":
      return (
        <div className="flex flex-col gap-1">
          <p className="text-xs font-medium text-slate-700 dark:text-slate-300">
            Tool call: <code>{part.name}</code>
          </p>
          <JsonTree value={part.args ?? null} label={`Arguments of ${part.name}`} />
        </div>
      );
    case "tool-result":
      return (
        <div className="flex flex-col gap-1">
          <p className="text-xs font-medium text-slate-700 dark:text-slate-300">Tool result</p>
          {typeof part.content === "string" ? (
            <Markdown text={part.content} />
          ) : (
            <JsonTree value={part.content ?? null} label="Tool result" />
          )}
        </div>
      );
    default:
      return <JsonTree value={part.value} label="Message part" />;
  }
}

function Markdown({ text }: { text: string }) {
  return (
    <div className="flex max-w-prose flex-col gap-2 text-sm leading-relaxed break-words text-slate-900 dark:text-slate-100">
      {markdownBlocks(text).map((block, index) => {
        switch (block.kind) {
          case "heading":
            return (
              <p key={index} className="font-semibold">
                {block.text}
              </p>
            );
          case "code":
            return (
              <pre key={index} className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-800">
                <code>{block.text}</code>
              </pre>
            );
          case "list": {
            const List = block.ordered ? "ol" : "ul";
            return (
              <List key={index} className={`${block.ordered ? "list-decimal" : "list-disc"} pl-5`}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{item}</li>
                ))}
              </List>
            );
          }
          default:
            return (
              <p key={index} className="whitespace-pre-wrap">
                {block.text}
              </p>
            );
        }
      })}
    </div>
  );
}
