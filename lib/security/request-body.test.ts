import { describe, expect, it } from "vitest";
import { BODY_MESSAGES, MAX_BODY_BYTES, readJsonBody, refuseBody } from "./request-body";

const post = (body: BodyInit | null, headers: Record<string, string>) => new Request("http://localhost/login", { method: "POST", body, headers });

describe("POST bodies refused before Next.js reads them", () => {
  it("answers a body over the limit with 413 in Chinese, by its declared length or, sent without one, by what arrives", async () => {
    const declared = await refuseBody(post("x", { "content-length": String(MAX_BODY_BYTES + 1), "next-action": "abc", "content-type": "text/plain" }));
    expect(declared?.status).toBe(413);
    expect(await declared?.text()).toBe(BODY_MESSAGES.tooLarge);
    const big = new Uint8Array(MAX_BODY_BYTES + 1).fill(0x61);
    const streamed = await refuseBody(post(big, { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }));
    expect(streamed?.status).toBe(413);
  });

  it("answers an action body that is not JSON, or empty, and a form that is not a form, with 400 in Chinese", async () => {
    for (const body of ['[{"a":', "", "\u0000\u0001"]) {
      const res = await refuseBody(post(body, { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }));
      expect(res?.status, JSON.stringify(body)).toBe(400);
      expect(await res?.text()).toBe(BODY_MESSAGES.malformed);
    }
    const broken = await refuseBody(post("garbage--", { "content-type": "multipart/form-data; boundary=XYZ" }));
    expect(broken?.status).toBe(400);
  });

  it("lets through what forms and actions send: JSON arguments, a multipart form, a urlencoded form, and every GET", async () => {
    expect(await refuseBody(post('[{"reportId":"r1","content":"报告"}]', { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }))).toBeNull();
    const form = new FormData();
    form.set("username", "drafter");
    form.set("file", new Blob(["正文"]), "report.txt");
    const multipart = new Request("http://localhost/login", { method: "POST", body: form });
    // Browsers put capitals in the boundary (----WebKitFormBoundaryAbC…), which must be read as sent.
    expect(multipart.headers.get("content-type")).toMatch(/boundary=/);
    expect(await refuseBody(multipart)).toBeNull();
    const body = "--AbC\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\ndrafter\r\n--AbC--\r\n";
    expect(await refuseBody(post(body, { "content-type": "multipart/form-data; boundary=AbC", "next-action": "abc" }))).toBeNull();
    expect(await refuseBody(post("username=drafter&password=x", { "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
    expect(await refuseBody(new Request("http://localhost/"))).toBeNull();
  });
});

describe("a route handler's JSON body", () => {
  const route = (body: BodyInit | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
    new Request("http://localhost/reports/r1/content", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);

  it("reads JSON, and answers what is not JSON with 400 in Chinese", async () => {
    expect(await readJsonBody(route('{"reportId":"r1","content":"报告"}'))).toEqual({ ok: true, value: { reportId: "r1", content: "报告" } });
    for (const body of ['{"a":', "", "\u00ff"]) {
      const read = await readJsonBody(route(body));
      expect(read.ok ? 200 : read.response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it("stops reading a body sent without its length once it passes the limit, and answers 413", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const read = await readJsonBody(route(endless));
    expect(read.ok ? 200 : read.response.status).toBe(413);
    expect(read.ok ? "" : await read.response.text()).toBe(BODY_MESSAGES.tooLarge);
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
  });
});
