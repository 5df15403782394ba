/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and font-heavy packages stay outside the bundle: better-sqlite3 is a
  // compiled addon, and @react-pdf/renderer misbehaves when bundled into route
  // handlers (diegomura/react-pdf#3074), so it runs as plain Node code. (In
  // production the export route loads lib/pdf/engine, built by npm run build.)
  serverExternalPackages: ["@react-pdf/renderer", "better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "exceljs"],
  poweredByHeader: false,
  // Imports upload a .txt/.docx of up to 10 MB (lib/import MAX_FILE_BYTES) plus the form around it:
  // 12 MB, lib/security/request-body.ts MAX_BODY_BYTES, which proxy.ts enforces with a 413 in Chinese.
  // The proxy reads a copy of each POST body up to proxyClientMaxBodySize, a little more than
  // that limit, so that it sees when a body is over it.
  // authInterrupts: forbidden() and app/forbidden.tsx, the 无权访问 page (403) of the admin pages.
  experimental: { serverActions: { bodySizeLimit: "12mb" }, proxyClientMaxBodySize: "13mb", authInterrupts: true },
  // `npm test` and `npm run typecheck` run tsc --noEmit over the whole project
  // (strict); the build does not repeat it, which saves a minute per build.
  typescript: { ignoreBuildErrors: true },
  // Referrer-Policy, X-Content-Type-Options, X-Frame-Options on every response; the
  // Content-Security-Policy, which needs a nonce per request, is set by proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // For browsers older than CSP's frame-ancestors.
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
