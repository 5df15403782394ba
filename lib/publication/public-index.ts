import { chineseDate } from "@/lib/report/dates";
import { css, h, htmlDocument } from "./html";
import { PUBLIC_CSS } from "./public-style";

export interface PublishedYear {
  year: number;
  title: string;
  publishedOn: string;
  href: string;
  zip: string;
}

/** An organization's published 法治政府建设年度报告, newest year first, each with its page and its zip (page, PDF, DOCX) for the site's CMS. */
export function publicIndexHtml(organizationName: string, years: readonly PublishedYear[]): string {
  const heading = `${organizationName}法治政府建设年度报告`;
  return htmlDocument(
    h(
      "html",
      { lang: "zh-CN" },
      h("head", null, h("meta", { charset: "utf-8" }), h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }), h("title", null, heading), h("style", null, css(PUBLIC_CSS))),
      h(
        "body",
        null,
        h(
          "main",
          null,
          h("h1", null, heading),
          years.length === 0
            ? h("p", null, "尚无公开的年度报告。")
            : h(
                "ul",
                { class: "years" },
                [...years]
                  .sort((a, b) => b.year - a.year)
                  .map((y) =>
                    h(
                      "li",
                      null,
                      h("a", { href: y.href }, `${y.year}年度：${y.title}`),
                      y.publishedOn && ` （发布日期：${chineseDate(y.publishedOn)}）`,
                      " ",
                      h("a", { href: y.zip, "aria-label": `${y.year}年度报告的网页、PDF和DOCX打包下载` }, "打包下载"),
                    ),
                  ),
              ),
        ),
      ),
    ),
  );
}
