import { db } from "@/lib/server/db";
import { publicZip } from "@/lib/server/public/public-files";
import { downloadResponse } from "@/lib/server/public/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** 公开: the page and the PDF in one zip, for the site's own CMS; open to everyone. */
export async function GET(_request: Request, { params }: { params: Promise<{ organizationId: string; year: string }> }) {
  const { organizationId, year } = await params;
  const file = await publicZip(db(), organizationId, year);
  return downloadResponse(file && "zip" in file ? { bytes: file.zip, fileName: file.fileName } : file, "application/zip");
}
