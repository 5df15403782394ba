import { Text, View } from "@react-pdf/renderer";
import type { DocumentStyles } from "../styles";

/**
 * §7.3.5 for a document without a seal: the issuing organ one blank line
 * under the body (or the attachment note), right-indented two characters;
 * the date on the next line, right-indented four. The two never part.
 */
export function Signature({ signature, date, styles, print }: { signature?: string; date?: string; styles: DocumentStyles; print: (t: string) => string }) {
  if (!signature && !date) return null;
  return (
    <View wrap={false}>
      {signature ? <Text style={styles.signature}>{print(signature)}</Text> : null}
      {date ? <Text style={signature ? styles.date : [styles.date, styles.alone]}>{print(date)}</Text> : null}
    </View>
  );
}
