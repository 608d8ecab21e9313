// Guard run before every npm script. Astro 7 and vitest 5 need Node >= 22.12; the machines
// ship Node 20, and the `node@24` devDependency puts Node 24 first on npm scripts' PATH.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `dvc-kit needs Node >= 22.12, but this is Node ${process.versions.node}.\n` +
      'Run the command through npm (npm run build, npm test): npm scripts use the Node 24 ' +
      'that `npm ci` installs in node_modules/.bin. If that is missing, run `npm ci` again ' +
      'and allow the install script of the "node" package.',
  );
  process.exit(1);
}
