#!/usr/bin/env bash
# Builds every image of the Dockerfile and prints its size: deploy/build-images.sh [tag] [registry/]
# Needs a Docker engine (CI has none: test/integration/compiled-build.test.ts assembles the same
# images from the Dockerfile and prints what each adds to the Node.js base).
set -euo pipefail
cd "$(dirname "$0")/.."
tag="${1:-dev}"
prefix="${2:-}talents-numeriques"
for target in profiles missions approvals gateway migrate seed; do
  docker build --target "$target" --tag "$prefix/$target:$tag" .
done
echo
echo "Tailles des images ($tag) :"
for target in profiles missions approvals gateway migrate seed; do
  docker image ls --format '{{.Repository}}:{{.Tag}}  {{.Size}}' "$prefix/$target:$tag"
done
