import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "../../prisma/seed/accounts";

/** Signs in through the login page, as a person would. */
export async function logInAs(page: Page, baseURL: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseURL}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
