import { db } from "@/lib/server/db";
import { publicPdf } from "@/lib/server/public/public-files";
import { downloadResponse } from "@/lib/server/public/http";

// react-pdf and the font files need Node.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** 公开: the published report's PDF, open to everyone. */
export async function GET(_request: Request, { params }: { params: Promise<{ organizationId: string; year: string }> }) {
  const { organizationId, year } = await params;

  return downloadResponse(await publicPdf(db(), organizationId, year), "application/pdf");
}
