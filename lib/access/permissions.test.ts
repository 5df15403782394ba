import { describe, expect, it } from "vitest";
import { can, relationTo, type ReportAction, type ReportTarget } from "./permissions";
import { ROLE_KEYS, type Actor, type Role } from "./roles";

const CITY = "city";
const LAOCHENG = "laocheng";
const XIGONG = "xigong";
const actor = (role: Role, organizationId: string): Actor => ({ id: role, username: role, displayName: role, role, organizationId });
const report = (organizationId: string, status = "draft"): ReportTarget => ({
  organizationId,
  ancestorIds: organizationId === CITY ? [] : [CITY],
  status,
});

describe("relation to a report", () => {
  it("tells own, unit and other apart", () => {
    expect(relationTo(actor("drafter", LAOCHENG), report(LAOCHENG))).toBe("own");
    expect(relationTo(actor("parentReviewer", CITY), report(LAOCHENG))).toBe("unit");
    expect(relationTo(actor("drafter", XIGONG), report(LAOCHENG))).toBe("other");
    expect(relationTo(actor("parentReviewer", LAOCHENG), report(CITY))).toBe("other");
  });
});

describe("another organization's report", () => {
  const actions: ReportAction[] = ["read", "export", "edit", "comment", "create", "submit", "return", "approve", "send", "publish", "reopen"];
  it.each(ROLE_KEYS)("is closed to a %s of a sibling district, for every action and status", (role) => {
    for (const status of ["draft", "submitted", "returned", "approved", "sent", "published"]) {
      for (const action of actions) expect(can(actor(role, XIGONG), action, report(LAOCHENG, status))).toBe(false);
    }
  });
  it.each(ROLE_KEYS)("is closed to a %s of a unit looking up at its parent", (role) => {
    expect(can(actor(role, LAOCHENG), "read", report(CITY))).toBe(false);
  });
});

describe("own organization", () => {
  it("a drafter edits and submits drafts, but cannot review", () => {
    const d = actor("drafter", LAOCHENG);
    expect(can(d, "edit", report(LAOCHENG, "draft"))).toBe(true);
    expect(can(d, "edit", report(LAOCHENG, "returned"))).toBe(true);
    expect(can(d, "submit", report(LAOCHENG, "draft"))).toBe(true);
    expect(can(d, "approve", report(LAOCHENG, "submitted"))).toBe(false);
    expect(can(d, "return", report(LAOCHENG, "submitted"))).toBe(false);
    expect(can(d, "reopen", report(LAOCHENG, "approved"))).toBe(false);
  });

  it("nobody edits a report under review or approved", () => {
    for (const status of ["submitted", "approved", "sent", "published"]) {
      for (const role of ROLE_KEYS) expect(can(actor(role, LAOCHENG), "edit", report(LAOCHENG, status))).toBe(false);
    }
  });

  it("a reviewer walks the workflow one step at a time", () => {
    const r = actor("reviewer", LAOCHENG);
    expect(can(r, "approve", report(LAOCHENG, "submitted"))).toBe(true);
    expect(can(r, "approve", report(LAOCHENG, "draft"))).toBe(false);
    expect(can(r, "send", report(LAOCHENG, "approved"))).toBe(true);
    expect(can(r, "publish", report(LAOCHENG, "approved"))).toBe(false);
    expect(can(r, "publish", report(LAOCHENG, "sent"))).toBe(true);
    expect(can(r, "reopen", report(LAOCHENG, "published"))).toBe(true);
    expect(can(r, "reopen", report(LAOCHENG, "draft"))).toBe(false);
  });

  it("an admin reads but does not write", () => {
    const a = actor("admin", LAOCHENG);
    expect(can(a, "read", report(LAOCHENG))).toBe(true);
    expect(can(a, "edit", report(LAOCHENG))).toBe(false);
    expect(can(a, "submit", report(LAOCHENG))).toBe(false);
  });
});

describe("a parent organization", () => {
  it("its reviewer reads and comments on its units' reports but changes nothing", () => {
    const p = actor("parentReviewer", CITY);
    expect(can(p, "read", report(LAOCHENG, "sent"))).toBe(true);
    expect(can(p, "comment", report(LAOCHENG, "sent"))).toBe(true);
    expect(can(p, "edit", report(LAOCHENG, "draft"))).toBe(false);
    expect(can(p, "approve", report(LAOCHENG, "submitted"))).toBe(false);
  });
  it("its drafters and reviewers have no business with units' reports", () => {
    expect(can(actor("drafter", CITY), "read", report(LAOCHENG))).toBe(false);
    expect(can(actor("reviewer", CITY), "approve", report(LAOCHENG, "submitted"))).toBe(false);
  });
});

describe("what a parent may read of a unit's report (#18)", () => {
  const statuses = ["draft", "submitted", "returned", "approved", "sent", "published"];
  it.each(["parentReviewer", "admin"] as const)("a %s of the city reads a unit's report only from 已报送 on", (role) => {
    for (const status of statuses) {
      const sent = status === "sent" || status === "published";
      expect(can(actor(role, CITY), "read", report(LAOCHENG, status))).toBe(sent);
      expect(can(actor(role, CITY), "export", report(LAOCHENG, status))).toBe(sent);
    }
  });
  it("a parent comments only where it may read", () => {
    expect(can(actor("parentReviewer", CITY), "comment", report(LAOCHENG, "draft"))).toBe(false);
    expect(can(actor("parentReviewer", CITY), "comment", report(LAOCHENG, "sent"))).toBe(true);
  });
  it("a unit that opens its reports to its parent is read at every status, and still never written", () => {
    for (const status of statuses) {
      const target = { ...report(LAOCHENG, status), openToParent: true };
      expect(can(actor("parentReviewer", CITY), "read", target)).toBe(true);
      expect(can(actor("parentReviewer", CITY), "edit", target)).toBe(false);
    }
  });
  it("the setting opens nothing to a sibling", () => {
    expect(can(actor("parentReviewer", XIGONG), "read", { ...report(LAOCHENG, "draft"), openToParent: true })).toBe(false);
  });
  it("the unit's own people read their drafts as before", () => {
    for (const role of ROLE_KEYS) expect(can(actor(role, LAOCHENG), "read", report(LAOCHENG, "draft"))).toBe(true);
  });
});
