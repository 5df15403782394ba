import { Text, View } from "@react-pdf/renderer";
import type { DocumentStyles } from "../styles";

/**
 * §7.3.4 附件说明: one blank line under the body, indented two characters:
 * "附件：1.名称", further names numbered on the lines below, aligned with the
 * first; no punctuation after a name. A single attachment carries no number.
 */
export function Attachments({ items, styles, print }: { items: string[]; styles: DocumentStyles; print: (t: string) => string }) {
  if (items.length === 0) return null;
  const numbered = items.length > 1;
  return (
    <View style={styles.attachments} wrap={false}>
      <Text style={styles.attachmentLabel}>附件：</Text>
      <View style={styles.attachmentNames}>
        {items.map((name, i) => (
          <Text key={i}>{print((numbered ? `${i + 1}.` : "") + name.replace(/[。；，、.;,]+$/u, ""))}</Text>
        ))}
      </View>
    </View>
  );
}
