import { db } from "@/lib/server/db";
import { publicIndex } from "@/lib/server/public/public-files";
import { htmlResponse, notPublished } from "@/lib/server/public/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** 公开: an organization's published years, open to everyone. */
export async function GET(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const html = await publicIndex(db(), organizationId);
  return html === null ? notPublished() : htmlResponse(request, html);
}
