/**
 * Builds the add-in and the standalone web page into dist/.
 * - taskpane.html: the shared-runtime page Excel loads once; it runs the task pane (taskpane), the ribbon
 *   commands (commands) and the KC.* custom functions (functions), all on one webpack runtime so they
 *   share module instances.
 * - index.html: the same app without Office (web); it needs no network and no office.js. Its package
 *   writer runs in a Web Worker, package-worker.js (an entry with its own runtime and no shared chunk).
 * - functions.json (custom-functions-metadata-plugin, from the JSDoc of src/functions/functions.ts) and
 *   functions-vi.json (the Vietnamese metadata, from src/functions/metadata.vi.json).
 * - help.html: the help page the pane and the manifest link to (static, with the version).
 * - manifest.xml and assets/: copied; in production the development URL is replaced by KC_URL_PROD and
 *   the localhost AppDomain dropped (scripts/production-manifest.js).
 * `npm run build` needs no certificate; `npm run dev-server` serves https on port 3000 with the
 * office-addin-dev-certs certificate (or webpack's own self-signed one when those are not installed).
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeMetadata } = require("./src/functions/localize-metadata");
const { DEV_URL: urlDev, productionManifest } = require("./scripts/production-manifest");
const { version } = require("./package.json");

const urlProd = withSlash(process.env.KC_URL_PROD || urlDev);
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const functionsSource = "./src/functions/functions.ts";
const vietnameseTable = path.resolve(__dirname, "src/functions/metadata.vi.json");

function withSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(`office-addin-dev-certs unavailable (${error.message}); serving with a self-signed certificate.`);
    return "https";
  }
}

/** Emits functions-vi.json beside the functions.json the metadata plugin wrote. */
class VietnameseMetadataPlugin {
  apply(compiler) {
    const name = "VietnameseMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(vietnameseTable);
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset("functions.json");
        if (!english) return;
        try {
          const metadata = JSON.parse(english.source.source().toString());
          const table = JSON.parse(fs.readFileSync(vietnameseTable, "utf8"));
          const vietnamese = localizeMetadata(metadata, table);
          compilation.emitAsset("functions-vi.json", new webpack.sources.RawSource(JSON.stringify(vietnamese, null, 4)));
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(`functions-vi.json: ${error.message}`));
        }
      });
    });
  }
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  if (production && !process.env.KC_URL_PROD) console.warn(`KC_URL_PROD is not set: the manifest keeps ${urlDev} (fine for local testing only).`);
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.ts",
      commands: "./src/commands/commands.ts",
      functions: functionsSource,
      web: "./src/web/index.tsx",
      // The web page's package writer runs in a Web Worker: its own runtime, no chunk shared with the page.
      "package-worker": { import: "./src/web/package-worker.ts", runtime: false, chunkLoading: false },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules let webpack split dynamic import() into chunks (tsconfig.json says commonjs for Node).
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: !production } },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    optimization: {
      // One runtime for the entries of the shared-runtime page: taskpane, commands and functions see the
      // same module instances. Dynamic import() (e.g. the xlsx library in web mode) stays in its own chunk.
      runtimeChunk: "single",
      // The worker and the in-thread fallback of its writer keep their modules: nothing they use is split into a chunk the page shares.
      splitChunks: { chunks: (chunk) => chunk.name !== "package-worker" && chunk.name !== "package-writer" },
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __KC_VERSION__: JSON.stringify(version) }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsSource }),
      new VietnameseMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands", "functions"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/web/index.html",
        chunks: ["web"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        templateParameters: { version },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return production ? productionManifest(content.toString(), urlProd) : content;
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? await devServerHttps() : "http",
      port,
      hot: false,
    },
  };
};
