# Sourced by .ci/run (needs its log function); prepare_localstack prepares a Docker engine and the LocalStack image
# for the Testcontainers tests. No image registry is reachable here, so both images are built
# locally and cached in the engine's data root by tag plus a hash of what went into them; a
# changed recipe rebuilds. Anything this starts is stopped by stop_docker_engine (called from
# .ci/run's EXIT trap). Fails loudly: CI must not silently skip the LocalStack tests.

DEBIAN_IMAGE=local/debian:trixie
LOCALSTACK_IMAGE=localstack/localstack:4.14.0-local
RECIPE_LABEL=io.cloudmigrate.recipe-sha256
LOCALSTACK_RECIPE_DIR=.ci/localstack
# The data root outlives the run so the images stay cached on this machine.
DOCKER_STATE=${CLOUDMIGRATE_DOCKER_STATE:-/var/lib/cloudmigrate-docker}
DOCKER_EXEC_ROOT=/run/cloudmigrate-docker
# An own socket, so an engine the machine may already run is never touched.
DOCKER_SOCKET=/run/cloudmigrate-docker.sock
docker_pid=

fail() { log "$*"; exit 1; }

stop_docker_engine() {
  [ -n "$docker_pid" ] || return 0
  # Ryuk is disabled (its image cannot be pulled), so the containers the tests leave are ours to remove.
  local leftovers
  leftovers=$(docker ps -aq --filter label=org.testcontainers=true 2>/dev/null || true)
  [ -z "$leftovers" ] || docker rm -f $leftovers >/dev/null 2>&1 || true
  kill "$docker_pid" 2>/dev/null || true
  wait "$docker_pid" 2>/dev/null || true
  docker_pid=
}

install_docker_packages() {
  command -v dockerd >/dev/null && command -v debootstrap >/dev/null && return 0
  apt-get update -q >/dev/null || fail "apt-get update failed"
  # Pinned to Debian 12's versions; elsewhere apt says which pin does not exist.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    docker.io=20.10.24+dfsg1-1+deb12u1+b6 debootstrap=1.0.128+nmu2+deb12u2 >/dev/null \
    || fail "could not install docker.io and debootstrap"
}

start_docker_engine() {
  mkdir -p "$DOCKER_STATE/data" "$DOCKER_EXEC_ROOT"
  local engine_log="$DOCKER_STATE/dockerd.log"
  dockerd --data-root "$DOCKER_STATE/data" --exec-root "$DOCKER_EXEC_ROOT" \
    --pidfile "$DOCKER_EXEC_ROOT/dockerd.pid" -H "unix://$DOCKER_SOCKET" >"$engine_log" 2>&1 &
  docker_pid=$!
  export DOCKER_HOST="unix://$DOCKER_SOCKET"
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    kill -0 "$docker_pid" 2>/dev/null || { tail -20 "$engine_log" >&2; fail "dockerd exited (log above)"; }
    sleep 0.5
  done
  docker info >/dev/null 2>&1 || { tail -20 "$engine_log" >&2; fail "dockerd did not answer on $DOCKER_SOCKET"; }
  # A crashed earlier run may have left test containers behind.
  local leftovers
  leftovers=$(docker ps -aq --filter label=org.testcontainers=true)
  [ -z "$leftovers" ] || docker rm -f $leftovers >/dev/null
  log "dockerd $(docker version --format '{{.Server.Version}}') on $DOCKER_SOCKET (data in $DOCKER_STATE)"
}

# The Debian mirror apt already uses (deb822 or one-line sources), so debootstrap needs no other host.
debian_mirror() {
  { sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null
    sed -n 's/^deb  *\(\[[^]]*\]  *\)\{0,1\}\([^ ]*\) .*/\2/p' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
    true
  } | tr ' ' '\n' | grep -E '/debian/?$' | head -1 || true
}

image_recipe_hash() { docker image inspect --format "{{index .Config.Labels \"$RECIPE_LABEL\"}}" "$1" 2>/dev/null || true; }

build_debian_image() {
  local mirror include=python3,python3-venv,ca-certificates,curl hash rootfs
  mirror=$(debian_mirror)
  [ -n "$mirror" ] || fail "no Debian mirror found in /etc/apt/sources.list(.d) for debootstrap"
  hash=$(printf 'debootstrap minbase trixie %s %s\n' "$include" "$mirror" | sha256sum | cut -d' ' -f1)
  if [ "$(image_recipe_hash "$DEBIAN_IMAGE")" = "$hash" ]; then
    log "$DEBIAN_IMAGE is cached (recipe ${hash:0:12})"; DEBIAN_IMAGE_HASH=$hash; return 0
  fi
  log "building $DEBIAN_IMAGE with debootstrap from $mirror"
  rootfs=$(mktemp -d)
  debootstrap --variant=minbase --include="$include" trixie "$rootfs" "$mirror" >"$rootfs.log" 2>&1 \
    || { tail -20 "$rootfs.log" >&2; rm -rf "$rootfs" "$rootfs.log"; fail "debootstrap of Debian trixie failed (log above)"; }
  tar -C "$rootfs" -c . | docker import --change "LABEL $RECIPE_LABEL=$hash" - "$DEBIAN_IMAGE" >/dev/null \
    || { rm -rf "$rootfs" "$rootfs.log"; fail "docker import of $DEBIAN_IMAGE failed"; }
  rm -rf "$rootfs" "$rootfs.log"
  DEBIAN_IMAGE_HASH=$hash
}

build_localstack_image() {
  local ca_bundle=/etc/ssl/certs/ca-certificates.crt hash context
  [ -r "$ca_bundle" ] || fail "no host CA bundle at $ca_bundle (pip inside the build needs it)"
  hash=$(cat "$LOCALSTACK_RECIPE_DIR/Dockerfile" "$LOCALSTACK_RECIPE_DIR/docker-entrypoint.sh" \
    "$LOCALSTACK_RECIPE_DIR/constraints.txt" "$ca_bundle" <(echo "$DEBIAN_IMAGE_HASH") | sha256sum | cut -d' ' -f1)
  if [ "$(image_recipe_hash "$LOCALSTACK_IMAGE")" = "$hash" ]; then
    log "$LOCALSTACK_IMAGE is cached (recipe ${hash:0:12})"; return 0
  fi
  log "building $LOCALSTACK_IMAGE from $LOCALSTACK_RECIPE_DIR"
  context=$(mktemp -d)
  cp "$LOCALSTACK_RECIPE_DIR/Dockerfile" "$LOCALSTACK_RECIPE_DIR/docker-entrypoint.sh" \
    "$LOCALSTACK_RECIPE_DIR/constraints.txt" "$context/"
  cp "$ca_bundle" "$context/host-ca-bundle.crt"
  DOCKER_BUILDKIT=0 docker build -q --label "$RECIPE_LABEL=$hash" -t "$LOCALSTACK_IMAGE" "$context" >"$context.log" 2>&1 \
    || { tail -30 "$context.log" >&2; rm -rf "$context" "$context.log"; fail "docker build of $LOCALSTACK_IMAGE failed (log above)"; }
  rm -rf "$context" "$context.log"
}

prepare_localstack() {
  install_docker_packages
  start_docker_engine
  build_debian_image
  build_localstack_image
  export CLOUDMIGRATE_LOCALSTACK_IMAGE=$LOCALSTACK_IMAGE
  # Testcontainers 2.0.5 here: Ryuk and the start-up checks need images that cannot be pulled, and a
  # stray /.dockerenv would make it probe for a gateway with an alpine image (hangs ~200 s).
  export TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_CHECKS_DISABLE=true TESTCONTAINERS_HOST_OVERRIDE=localhost
}
