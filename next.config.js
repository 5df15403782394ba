/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and font-heavy packages stay outside the bundle: better-sqlite3 is a
  // compiled addon, and @react-pdf/renderer misbehaves when bundled into route
  // handlers (diegomura/react-pdf#3074), so it runs as plain Node code.
  serverExternalPackages: ["@react-pdf/renderer", "better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

module.exports = nextConfig;
