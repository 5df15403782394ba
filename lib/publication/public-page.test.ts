import { describe, expect, it } from "vitest";
import laocheng from "@/lib/report/fixtures/laocheng-2020.json";
import { finalReportSchema } from "@/lib/report/schema";
import { partOf } from "@/lib/report/test-parts";
import { publicPageHtml } from "./public-page";
import { publicIndexHtml } from "./public-index";

const report = finalReportSchema.parse(laocheng);
const links = { pdf: "/gongkai/org/2020/pdf", docx: null, index: "/gongkai/org" };
const texts = (html: string, tag: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, "gs"))].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, ""));

describe("the public page (公开版)", () => {
  const html = publicPageHtml(report, links);

  it("carries every 政务公开 field, in the order sites print them", () => {
    const terms = texts(html, "dt");
    const values = texts(html, "dd");
    expect(terms).toEqual(["索引号", "主题分类", "体裁", "发布机构", "成文日期", "发布日期", "公开方式", "文号"]);
    expect(values).toEqual(["C001-0014-2021-0002", "综合政务", "工作报告", "洛阳市老城区人民政府", "2021年2月24日", "2021年2月25日", "主动公开", "洛政〔xxxx〕xx号"]);
  });

  it("sets the text as headings and paragraphs: title h1, 一、 h2, （一） h3, then addressee, signature and date", () => {
    expect(texts(html, "h1")).toEqual(["洛阳市老城区人民政府关于2020年度法治政府建设工作情况的报告"]);
    expect(texts(html, "h2")[0]).toMatch(/^一、/);
    expect(texts(html, "h3")[0]).toMatch(/^（一）/);
    const paragraphs = texts(html, "p");
    expect(paragraphs[0]).toBe("洛阳市人民政府：");
    expect(paragraphs.slice(-3)).toEqual(["特此报告。", "洛阳市老城区人民政府", "2021年2月24日"]);
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html).toContain('<a href="/gongkai/org/2020/pdf" download="">下载PDF</a>');
    expect(html).not.toContain("下载DOCX");
    expect(publicPageHtml(report, { ...links, docx: "/gongkai/org/2020/docx" })).toContain('<a href="/gongkai/org/2020/docx" download="">下载DOCX</a>');
  });

  it("prints text that looks like markup as text", () => {
    const hostile = structuredClone(report);
    partOf(hostile, "measures").items[0]!.body = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    hostile.header.publication.indexNumber = '"><script>1</script>';
    const page = publicPageHtml(hostile, links);
    expect(page).not.toMatch(/<script|<img/);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("an organization's public index", () => {
  it("lists its published years newest first, each with its page and zip", () => {
    const html = publicIndexHtml("洛阳市老城区人民政府", [
      { year: 2019, title: "2019年报告", publishedOn: "2020-03-01", href: "/gongkai/o/2019", zip: "/gongkai/o/2019/zip" },
      { year: 2020, title: "2020年报告", publishedOn: "2021-02-25", href: "/gongkai/o/2020", zip: "/gongkai/o/2020/zip" },
    ]);
    expect(texts(html, "li")).toEqual(["2020年度：2020年报告 （发布日期：2021年2月25日） 打包下载", "2019年度：2019年报告 （发布日期：2020年3月1日） 打包下载"]);
    expect(publicIndexHtml("某单位", [])).toContain("尚无公开的年度报告。");
  });
});
