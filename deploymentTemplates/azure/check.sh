#!/usr/bin/env bash
# Compiles and lints main.bicep with the Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64, restored by
# bicep-cli/BicepCli.csproj) and fails on any error, warning or linter finding, or when azuredeploy.json is not what
# main.bicep compiles to. With --write it rewrites azuredeploy.json instead of comparing (run it after editing main.bicep).
set -euo pipefail
cd "$(dirname "$0")"

dotnet restore bicep-cli/BicepCli.csproj --verbosity quiet >/dev/null
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
bicep="$packages/azure.bicep.commandline.linux-x64/0.49.2/tools/bicep"
chmod +x "$bicep"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

status=0
"$bicep" lint main.bicep >"$work/lint.log" 2>&1 || status=$?
"$bicep" build main.bicep --outfile "$work/azuredeploy.json" >"$work/build.log" 2>&1 || status=$?
cat "$work/lint.log" "$work/build.log"
if [ "$status" -ne 0 ] || grep -qE ': (Error|Warning|Info) ' "$work/lint.log" "$work/build.log"; then
  echo "main.bicep: the Bicep CLI reported the findings above." >&2
  exit 1
fi

if [ "${1:-}" = "--write" ]; then
  cp "$work/azuredeploy.json" azuredeploy.json
  echo "azuredeploy.json written."
elif ! cmp -s "$work/azuredeploy.json" azuredeploy.json; then
  echo "azuredeploy.json is out of date: run deploymentTemplates/azure/check.sh --write and commit it." >&2
  diff -u azuredeploy.json "$work/azuredeploy.json" | head -n 40 >&2 || true
  exit 1
fi

# The parameters file may name only parameters main.bicep declares.
node -e '
  const template = require(process.argv[1]), values = require(process.argv[2]);
  const unknown = Object.keys(values.parameters).filter(name => !(name in template.parameters));
  if (unknown.length) { console.error("azuredeploy.parameters.json names unknown parameters: " + unknown.join(", ")); process.exit(1); }
' "$PWD/azuredeploy.json" "$PWD/azuredeploy.parameters.json"
echo "main.bicep compiles clean (Bicep $("$bicep" --version | awk '{print $4}')); azuredeploy.json is current."
