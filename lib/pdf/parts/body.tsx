import { Text } from "@react-pdf/renderer";
import type { Lead } from "@/lib/report/blocks";
import { LINE_PITCH } from "../grid";
import type { DocumentStyles } from "../styles";

interface Common {
  styles: DocumentStyles;
  print: (t: string) => string;
}

/**
 * The grid wins over widow control: GB/T 9704 fills every page with its 22
 * lines (§5.2.3), so a paragraph may leave a single line at the foot or the
 * head of a page, as it does in a Word document set to the grid.
 */
const FLOW = { orphans: 1, widows: 1 } as const;

/** §7.3.2 主送机关: flush left, ending in a full-width colon (the block already carries it). */
export function Addressee({ text, styles, print }: Common & { text: string }) {
  return (
    <Text style={styles.addressee} {...FLOW}>
      {print(text)}
    </Text>
  );
}

/**
 * §7.3.3 first-level heading (一、) in 黑体 on its own line. It must never
 * stand alone at the foot of a page: minPresenceAhead asks for one line of
 * what follows on the same page, else the heading moves to the next one.
 */
export function Heading({ number, text, styles, print }: Common & { number: string; text: string }) {
  return (
    <Text style={[styles.heading, styles.indent]} minPresenceAhead={LINE_PITCH} {...FLOW}>
      {print(number + text)}
    </Text>
  );
}

/**
 * §7.3.3 a body paragraph, indented two characters and justified. A (一)
 * lead runs into it in 楷体 and the body continues in 仿宋 on the same
 * line, as the Laocheng report prints it; 1. and (1) leads stay in the body face.
 */
export function Paragraph({ lead, text, keepWithNext = 0, styles, print }: Common & { lead?: Lead; text: string; keepWithNext?: number }) {
  if (!lead) {
    // keepWithNext: lines that must follow on the same page (the closing line keeps its signature).
    return (
      <Text style={[styles.paragraph, styles.indent]} minPresenceAhead={keepWithNext * LINE_PITCH} {...FLOW}>
        {print(text)}
      </Text>
    );
  }
  return (
    <Text style={styles.paragraph} {...FLOW}>
      <Text style={lead.level === 2 ? [styles.indent, styles.kaiti] : styles.indent}>{print(lead.number + lead.text)}</Text>
      {print(text)}
    </Text>
  );
}
