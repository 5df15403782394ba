/** The roles a person can hold, and what the users call them. */
export const ROLES = {
  drafter: "起草人",
  reviewer: "审核人",
  admin: "管理员",
  parentReviewer: "上级审阅",
} as const;

export type Role = keyof typeof ROLES;

export const ROLE_KEYS = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return value in ROLES;
}

/** A signed-in person, as every authorization decision sees them. */
export interface Actor {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organizationId: string;
  /** An administrator reset the password: nothing but choosing a new one until it is changed (lib/server/auth/current-actor.ts). */
  mustChangePassword?: boolean;
}
