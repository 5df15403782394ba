import { Text, View } from "@react-pdf/renderer";
import { chars, LINE_PITCH } from "../grid";
import type { DocumentStyles } from "../styles";

/** §7.3.5.2 右空二字, and the date's first character 右移二字 from the signature's. */
const TWO_CHARS = chars(2);

/**
 * §7.3.5.2, a document without a seal: the issuing organ one blank line
 * under the body (or the attachment note), right-indented two characters;
 * the date on the next line, its first character two characters right of
 * the signature's first. When the date would reach into the two characters
 * kept free at the right (it is longer than the signature less those two),
 * the date is right-indented two characters instead and the signature moves
 * left with it, keeping the same relation.
 *
 * Both rules fall out of one box: the signature and the date, the date two
 * characters in, stacked and left-aligned in a column as wide as the longer
 * of the two, set against the right edge two characters in. A character is
 * one grid pitch (CHAR_PITCH, 156 mm / 28 ≈ 5.57 mm: the 3号 face plus the
 * grid's letter spacing), so "two characters" is 11.14 mm. The two never part.
 */
export function Signature({ signature, date, styles, print }: { signature?: string; date?: string; styles: DocumentStyles; print: (t: string) => string }) {
  if (!signature && !date) return null;
  return (
    <View wrap={false} style={{ marginTop: LINE_PITCH, alignItems: "flex-end", paddingRight: TWO_CHARS }}>
      <View style={{ alignItems: "flex-start" }}>
        {signature ? <Text style={styles.signature}>{print(signature)}</Text> : null}
        {date ? <Text style={[styles.signature, { marginLeft: signature ? TWO_CHARS : 0 }]}>{print(date)}</Text> : null}
      </View>
    </View>
  );
}
