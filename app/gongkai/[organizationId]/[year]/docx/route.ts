import { db } from "@/lib/server/db";
import { publicDocx } from "@/lib/server/public/public-files";
import { downloadResponse } from "@/lib/server/public/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** 公开: the published report as a Word document, open to everyone. */
export async function GET(_request: Request, { params }: { params: Promise<{ organizationId: string; year: string }> }) {
  const { organizationId, year } = await params;
  return downloadResponse(await publicDocx(db(), organizationId, year), DOCX_TYPE);
}
