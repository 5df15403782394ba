import { safeNext } from "@/lib/server/auth/safe-next";
import { LogInForm } from "./LogInForm";

export default async function LogInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <>
      <h1>登录法治年报</h1>
      <LogInForm next={safeNext(next)} />
    </>
  );
}
