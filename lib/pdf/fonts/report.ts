import { FONT_ROLES, ROLES, type FontRole } from "./roles";
import { fontSetup, SOURCE_LABEL, type FaceSource } from "./resolve";

/** One line of the font report: which file prints a role, where it came from, and why. */
export interface FontReportRow {
  role: FontRole;
  /** 小标宋, 仿宋 … */
  label: string;
  /** What the role prints in the document. */
  use: string;
  file: string;
  source: FaceSource;
  /** 字体目录 / 系统 / 内置 */
  sourceLabel: string;
  reason: string;
}

export interface FontReport {
  fontsDir: string;
  fontsDirExists: boolean;
  rows: FontReportRow[];
  /** Files in the fonts folder that fill no role. */
  unused: string[];
}

/** What `report fonts` prints and the /fonts page shows: the faces this process uses, role by role. */
export function fontReport(): FontReport {
  const setup = fontSetup();
  return {
    fontsDir: setup.fontsDir,
    fontsDirExists: setup.fontsDirExists,
    rows: FONT_ROLES.map((role) => {
      const face = setup.roles[role];
      return {
        role,
        label: ROLES[role].label,
        use: ROLES[role].use,
        file: face.postscriptName ? `${face.file}（${face.postscriptName}）` : face.file,
        source: face.source,
        sourceLabel: SOURCE_LABEL[face.source],
        reason: face.reason,
      };
    }),
    unused: setup.unused,
  };
}
