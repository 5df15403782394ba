import type { Block } from "@/lib/report/blocks";

/**
 * The report as it will read when printed, from the same blocks the PDF is
 * drawn from. React escapes all text, so prose that looks like HTML or
 * script is shown as text, never executed.
 */
export function ReportPreview({ blocks }: { blocks: Block[] }) {
  return (
    <article className="paper" aria-label="报告预览">
      {blocks.map((block, i) => (
        <PreviewBlock key={i} block={block} />
      ))}
    </article>
  );
}

function PreviewBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "title":
      return (
        <h1 className="title">
          {block.lines.map((line, i) => (
            <span key={i}>{line}</span>
          ))}
        </h1>
      );
    case "addressee":
      return <p className="addressee">{block.text}</p>;
    case "heading":
      return (
        <h2>
          {block.number}
          {block.text}
        </h2>
      );
    case "paragraph":
      return (
        <p>
          {block.lead && (
            <span className={`lead-${block.lead.level}`}>
              {block.lead.number}
              {block.lead.text}
            </span>
          )}
          {block.text}
        </p>
      );
    case "attachments":
      return (
        <p>
          附件：
          {block.items.map((a, i) => (
            <span key={i}>
              {block.items.length > 1 ? `${i + 1}.` : ""}
              {a}
              <br />
            </span>
          ))}
        </p>
      );
    case "signature":
      return <p className="signature">{block.text}</p>;
    case "date":
      return <p className="date">{block.text}</p>;
    case "closing":
      return <p>{block.text}</p>;
  }
}
