import { db } from "@/lib/server/db";
import { publicPage } from "@/lib/server/public/public-files";
import { htmlResponse, notPublished } from "@/lib/server/public/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** 公开: a published report's page with its 政务公开 metadata, open to everyone; only 已公开 reports are found. */
export async function GET(request: Request, { params }: { params: Promise<{ organizationId: string; year: string }> }) {
  const { organizationId, year } = await params;
  const page = await publicPage(db(), organizationId, year);
  return page ? htmlResponse(request, page.html, `"${page.ref.id}-${page.ref.version}"`) : notPublished();
}
