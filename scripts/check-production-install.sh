#!/usr/bin/env bash
# Checks that a production install builds the site: clones the committed HEAD
# into a temporary folder, installs only "dependencies" (npm ci --omit=dev)
# and runs the Docusaurus build there. Fails when the build needs a package
# that is only in "devDependencies". Uncommitted changes are not checked.
#
#   scripts/check-production-install.sh
set -euo pipefail

repo=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse --short HEAD)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/production-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail() {
  printf '\nProduction install of %s: FAILED (%s)\n' "$commit" "$*" >&2
  echo 'Move what the build needs at run time from "devDependencies" to' >&2
  echo '"dependencies" (npm install --save-prod <package>).' >&2
  exit 1
}

if [[ -n $(git -C "$repo" status --porcelain --untracked-files=no) ]]; then
  echo "Note: checking the committed HEAD ($commit); uncommitted changes are not included."
fi

echo "Cloning $commit into $tmp/p"
git clone -q "$repo" "$tmp/p"
cd "$tmp/p"

echo '$ npm ci --omit=dev'
npm ci --omit=dev --no-audit --no-fund || fail 'npm ci --omit=dev'

echo '$ npx docusaurus build'
npx --no docusaurus build || fail 'docusaurus build'

for file in build/index.html build/pagefind/pagefind.js; do
  [[ -f $file ]] || fail "the build has no $file"
done

printf '\nProduction install of %s: OK (npm ci --omit=dev, then docusaurus build)\n' "$commit"
