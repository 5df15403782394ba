import { Text, View } from "@react-pdf/renderer";
import { SIZE, TYPE_AREA } from "../grid";
import type { DocumentStyles } from "../styles";
import { titleLines } from "../title-lines";

/**
 * How many 2号 characters a title line may hold: one less than the type
 * area's width, because Noto's digits are a little wider than half a character.
 */
const TITLE_MAX = Math.floor(TYPE_AREA.width / SIZE.title) - 1;

/**
 * §7.3.1 标题: 2号小标宋, centred, one <Text> per line so the drafter's
 * breaks hold and the automatic ones come from titleLines (never inside a word).
 */
export function Title({ lines, styles, print }: { lines: string[]; styles: DocumentStyles; print: (t: string) => string }) {
  return (
    <View>
      {titleLines(lines, TITLE_MAX).map((line, i) => (
        <Text key={i} style={styles.title}>
          {print(line)}
        </Text>
      ))}
    </View>
  );
}
