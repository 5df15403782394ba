/** Why a file cannot be imported, in the words the user sees. */
export const IMPORT_MESSAGES = {
  empty: "文件是空的，没有可以导入的内容",
  noChinese: "文件中没有中文内容，不像是一份法治政府建设年度报告",
  notText: "文件不是文本文件（含有二进制内容），请上传 .txt 或 .docx 文件",
  badDocx: "文件不是有效的 Word（.docx）文件，可能已损坏；请用 Word 打开后重新另存为 .docx",
  legacyDoc: "这是旧版 Word（.doc）文件或已加密的文件，请在 Word 中另存为 .docx 后再导入",
  tooBig: "文件超过 10 MB，无法导入；一份年度报告的文本通常不到 1 MB",
  docxTooLarge: "Word 文件解压后的内容过大（超过 64 MB，或正文超过 4 MB），不像是一份年度报告；请删去图片或把正文另存为 .txt 后再导入",
  docxTooManyParts: "Word 文件包含的部件过多（超过 1000 个），不像是一份年度报告；请在 Word 中另存为新的 .docx 后再导入",
  tooLarge: "内容超出一份报告能容纳的范围，请确认文件是一份年度报告，或拆分后分别导入",
  invalid: "导入的内容无法保存为报告草稿",
  unsupported: (ext: string) =>
    `不支持${ext ? `“${ext}”` : "这种"}类型的文件，请上传 .txt 或 .docx 文件${ext === ".pdf" ? "（PDF 可先复制文字另存为 .txt）" : ""}`,
} as const;

/** The largest file the importer reads: reports are tens of kilobytes, with images a few megabytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
