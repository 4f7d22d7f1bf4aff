#!/usr/bin/env bash
# Installs what the WordPress interop test needs, from Debian: WordPress itself, MariaDB for its database,
# and PHP's command line (its built-in web server serves WordPress, no Apache). Idempotent: installs only what
# is missing. Run as root (CI and the developers' machines are).
set -euo pipefail
need=()
[ -f /usr/share/wordpress/wp-load.php ] || need+=(wordpress)
command -v mariadbd >/dev/null || need+=(mariadb-server)
command -v php >/dev/null || need+=(php-cli)
php -m 2>/dev/null | grep -qi '^mysqli$' || need+=(php-mysql)
if [ ${#need[@]} -gt 0 ]; then
  echo "wordpress: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
