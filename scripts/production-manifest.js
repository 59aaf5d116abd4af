/**
 * The manifest a production build ships: every development URL (https://localhost:3000/) replaced by
 * the server's (KC_URL_PROD), and no AppDomains entry left for localhost. The add-in's pages all live on
 * its own origin, which needs no AppDomain, so in production the element goes when nothing else is in it.
 * Used by webpack.config.js; tested in test/manifest/manifest.test.ts.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";

function productionManifest(xml, prodUrl) {
  const withUrls = xml.split(DEV_URL).join(prodUrl);
  const withoutLocalDomains = withUrls.replace(/[ \t]*<AppDomain>https?:\/\/localhost(?::\d+)?\/?<\/AppDomain>\r?\n?/g, "");
  return withoutLocalDomains.replace(/[ \t]*<AppDomains>\s*<\/AppDomains>\r?\n?/g, "");
}

module.exports = { DEV_URL, productionManifest };
