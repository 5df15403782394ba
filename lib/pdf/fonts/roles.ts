/**
 * The typefaces GB/T 9704 names, as roles the document asks for. The
 * standard names faces, not vendors: an office with licensed fonts
 * (方正小标宋, 仿宋_GB2312, simkai.ttf …) drops them into the fonts folder, and
 * every role without one falls back to an open face that ships with the app.
 */
export type FontRole = "xiaobiaosong" | "fangsong" | "heiti" | "kaiti" | "song";

export const FONT_ROLES: readonly FontRole[] = ["xiaobiaosong", "fangsong", "heiti", "kaiti", "song"];

export interface RoleDef {
  /** The face's Chinese name, as offices know it. */
  readonly label: string;
  /** What the face prints, per GB/T 9704. */
  readonly use: string;
  /**
   * File names and family names of the licensed faces that fill this role
   * (Windows, 方正 and 华文 names). Matched against both, case-insensitive.
   */
  readonly licensed: RegExp;
  /** Open faces a Debian system may carry for this role, best first. */
  readonly system: readonly string[];
  /** The open face shipped through npm, always present. */
  readonly builtin: { readonly module: string; readonly name: string };
  /** Why the shipped face stands in, when it is not the face the standard names. */
  readonly builtinNote?: string;
}

const NOTO_SERIF_BOLD = { module: "@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf", name: "Noto Serif SC Bold" };
const NOTO_SERIF = { module: "@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf", name: "Noto Serif SC Regular" };
const NOTO_SANS = { module: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf", name: "Noto Sans SC Regular" };

export const ROLES: Readonly<Record<FontRole, RoleDef>> = {
  xiaobiaosong: {
    label: "小标宋",
    use: "标题（2号）",
    licensed: /FZXBS|小标宋|XiaoBiaoSong/i,
    system: [],
    builtin: NOTO_SERIF_BOLD,
    builtinNote: "没有开源的小标宋，以粗宋体 Noto Serif SC Bold 代替",
  },
  fangsong: {
    label: "仿宋",
    use: "正文、三四级标题、署名、日期、版记（3号/4号）",
    licensed: /simfang|仿宋|FangSong|FZFS|STFangsong/i,
    system: [],
    builtin: NOTO_SERIF,
    builtinNote: "没有简体字齐全的开源仿宋，以宋体 Noto Serif SC 代替",
  },
  heiti: {
    label: "黑体",
    use: "一级标题“一、”（3号）",
    licensed: /simhei|黑体|SimHei|FZHT|STHeiti/i,
    system: [],
    builtin: NOTO_SANS,
  },
  kaiti: {
    label: "楷体",
    use: "二级标题“（一）”（3号）",
    licensed: /simkai|楷体|KaiTi|FZKT|STKaiti/i,
    // AR PL KaitiM GB first: a GB2312 楷体 like the offices' 楷体_GB2312, whose “” are full width as the
    // body's are (LXGW WenKai draws them narrow, in the Latin manner, which pulls a 楷体 line off the
    // 28-character grid). The characters beyond GB2312 it lacks (𠮷, 䶮 …) come from LXGW WenKai, the
    // first fallback face (fonts/fallback.ts).
    system: ["/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"],
    builtin: NOTO_SERIF,
    builtinNote: "未安装楷体（文鼎楷体 fonts-arphic-gkai00mp 或霞鹜文楷 fonts-lxgw-wenkai），以 Noto Serif SC 代替，二级标题将不是楷体",
  },
  song: {
    label: "宋体",
    use: "页码（4号半角阿拉伯数字）",
    licensed: /simsun|^宋体$|SimSun|FZSSJW|书宋|STSong/i,
    system: [],
    builtin: NOTO_SERIF,
  },
};
