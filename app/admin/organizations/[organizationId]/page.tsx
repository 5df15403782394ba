import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { organizationTree } from "@/lib/server/organizations/organization-tree";
import { administeredOrganizations } from "@/lib/server/users/list-accounts";
import { EditOrganizationForm } from "@/components/admin/OrganizationForm";
import { requireAdmin } from "../../require-admin";
import { updateOrganizationAction } from "../../actions";

export const dynamic = "force-dynamic";

/** One organization, for its administrators: its names and where it sits. */
export default async function OrganizationAdminPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const admin = await requireAdmin();
  const { organizationId } = await params;
  const organizations = await administeredOrganizations(db(), admin);
  const organization = organizations.find((o) => o.id === organizationId);
  if (!organization) notFound();
  // A unit can move under any organization the administrator manages but itself and its own units.
  const own = (await organizationTree(db())).withDescendants(organizationId);
  const parents = organizationId === admin.organizationId ? null : organizations.filter((o) => !own.includes(o.id)).map((o) => ({ id: o.id, name: o.name }));
  return (
    <>
      <h1>单位：{organization.name}</h1>
      <p>
        <Link href="/admin">返回系统管理</Link> · <Link href={`/admin/audit?organization=${organization.id}`}>此单位的审计日志</Link>
      </p>
      <EditOrganizationForm organization={organization} parents={parents} action={updateOrganizationAction} />
    </>
  );
}
