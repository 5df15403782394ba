import { db } from "@/lib/server/db";
import { publicDocx } from "@/lib/server/public/public-files";
import { fileResponse, notPublished } from "@/lib/server/public/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** 公开: the published report as a Word document, open to everyone. */
export async function GET(_request: Request, { params }: { params: Promise<{ organizationId: string; year: string }> }) {
  const { organizationId, year } = await params;
  const file = await publicDocx(db(), organizationId, year);
  return file ? fileResponse(file.bytes, DOCX_TYPE, file.fileName) : notPublished();
}
