// remark configuration that checks the front matter of content files
// against the JSON Schemas in this folder, for `remark` on the command line
// and for the VS Code extension unifiedjs.vscode-remark (which shows the
// problems in the editor as you type). Which schema applies to which file
// is read from files.json, written by `kimppa schema` with the schemas.
//
// Use it from a .remarkrc.mjs at the repository root:
//
//     export { default } from "./schemas/remarkrc.mjs";
//
// with the packages remark-cli, remark-frontmatter and
// remark-lint-frontmatter-schema installed (npm install --save-dev …).
//
// The schemas declare JSON Schema 2020-12 but use only keywords that mean
// the same in draft-07, which is what remark-lint-frontmatter-schema's ajv
// validates with; validateSchema: false stops ajv from looking for the
// 2020-12 meta-schema it does not bundle. TOML front matter (+++) is not
// checked here; `kimppa check` checks everything.
import { readFileSync } from "node:fs";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

const here = new URL(".", import.meta.url);
const files = JSON.parse(readFileSync(new URL("files.json", here), "utf8"));

const schemas = {};
for (const [schema, globs] of Object.entries(files)) {
  schemas[`schemas/${schema}`] = globs;
}

export default {
  plugins: [
    [remarkFrontmatter, ["yaml", "toml"]],
    [remarkLintFrontmatterSchema, { schemas, ajvOptions: { validateSchema: false } }],
  ],
};
