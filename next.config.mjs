/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships a wasm bundle and pino spawns workers: both must load from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pino"],
  // Respan and FutureAGI paths end in "/"; both spellings must reach the handler without a 308.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
