import { expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { describeEachDatabase } from "@/tests/support/each-database";
import { seedDemo } from "@/prisma/seed/demo";
import { isRole, type Actor } from "@/lib/access/roles";
import type { Db } from "@/lib/db/client";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import type { Transition } from "@/lib/workflow/transitions";
import { publicDocx, publicIndex, publicPage, publicPdf, publicZip, type PublicDownload } from "./public-files";

/** The file of a download; a full export queue (`busy`) would fail the test. */
const downloaded = (d: PublicDownload) => (d && "bytes" in d ? d : null);

async function reviewer(db: Db): Promise<Actor> {
  const u = await db.user.findUniqueOrThrow({ where: { username: "reviewer" } });
  if (!isRole(u.role)) throw new Error(u.role);
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, organizationId: u.organizationId };
}

describeEachDatabase("the public routes find only 已公开 reports", (get) => {
  it("hides a draft, a sent report and a reopened one; shows the published one with its PDF, zip and index", async () => {
    const { db } = get();
    const { reportId, districtId } = await seedDemo(db);
    const actor = await reviewer(db);
    const step = async (transition: Transition, text?: string) => expect(await transitionReport(db, actor, { reportId, transition, text })).toMatchObject({ ok: true });
    const visible = async () => ({ page: (await publicPage(db, districtId, "2020")) !== null, index: (await publicIndex(db, districtId)) ?? "" });

    expect(await visible()).toMatchObject({ page: false, index: expect.stringContaining("尚无公开的年度报告") });
    await step("submit");
    await step("approve");
    await step("send");
    expect((await visible()).page).toBe(false);
    expect(await publicPdf(db, districtId, "2020")).toBeNull();
    expect(await publicDocx(db, districtId, "2020")).toBeNull();
    expect(await publicZip(db, districtId, "2020")).toBeNull();

    await step("publish");
    const page = await publicPage(db, districtId, "2020");
    expect(page?.html).toContain("<dt>索引号</dt><dd>C001-0014-2021-0002</dd>");
    expect(await publicIndex(db, districtId)).toContain(`href="/gongkai/${districtId}/2020"`);
    const pdf = downloaded(await publicPdf(db, districtId, "2020"));
    expect(pdf?.fileName).toBe("老城区2020年度法治政府建设工作报告.pdf");
    expect(Buffer.from(pdf?.bytes ?? []).subarray(0, 5).toString()).toBe("%PDF-");
    const docx = downloaded(await publicDocx(db, districtId, "2020"));
    expect(docx?.fileName).toBe("老城区2020年度法治政府建设工作报告.docx");
    // A DOCX is a zip: it starts with PK.
    expect(Buffer.from(docx?.bytes ?? []).subarray(0, 2).toString()).toBe("PK");
    const zip = await publicZip(db, districtId, "2020");
    const files = unzipSync(zip && "zip" in zip ? zip.zip : new Uint8Array());
    expect(Object.keys(files).sort()).toEqual(["老城区2020年度法治政府建设工作报告.docx", "老城区2020年度法治政府建设工作报告.html", "老城区2020年度法治政府建设工作报告.pdf"]);
    // The page in the zip links the files beside it, not this app.
    const zippedHtml = strFromU8(files["老城区2020年度法治政府建设工作报告.html"] ?? new Uint8Array());
    expect(zippedHtml).toContain('href="老城区2020年度法治政府建设工作报告.pdf"');
    expect(zippedHtml).toContain('href="老城区2020年度法治政府建设工作报告.docx"');
    expect(zippedHtml).not.toContain("/gongkai/");

    // Retracted: gone at once, although its page is in the cache.
    await step("reopen", "市里要求补充数据");
    expect(await visible()).toMatchObject({ page: false, index: expect.stringContaining("尚无公开的年度报告") });
    expect(await publicPdf(db, districtId, "2020")).toBeNull();
    expect(await publicDocx(db, districtId, "2020")).toBeNull();
  });

  it("finds nothing at addresses that name no report", async () => {
    const { db } = get();
    const { districtId } = await seedDemo(db);
    expect(await publicPage(db, districtId, "20x0")).toBeNull();
    expect(await publicPage(db, districtId, "1999")).toBeNull();
    expect(await publicPage(db, "../../etc", "2020")).toBeNull();
    expect(await publicIndex(db, "no-such-organization")).toBeNull();
  });
});
