#!/usr/bin/env bash
# A fresh WordPress on 127.0.0.1 for the interop test: installs what is missing (install.sh), starts MariaDB
# if it is not running, recreates the site's database, writes Debian's /etc/wordpress/config-default.php,
# adds the Newsdesk article-URI plugin, serves WordPress with PHP's built-in server, runs the install form
# and creates an application password. Usage: start.sh PORT STATE_DIR. Prints one JSON line:
# {"url":…,"user":…,"password":…,"pid":…}; the caller stops the PHP server (its pid) when done.
set -euo pipefail
port="$1"
state="$2"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$state"
bash "$here/install.sh" >&2

if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  mkdir -p /run/mysqld
  chown mysql:mysql /run/mysqld
  # Started detached: it outlives this script and serves every later run (CI's machine is fresh each run).
  nohup mariadbd --user=mysql >"$state/mariadb.log" 2>&1 &
  for _ in $(seq 1 60); do
    mariadb-admin ping --silent >/dev/null 2>&1 && break
    sleep 1
  done
  mariadb-admin ping --silent >/dev/null 2>&1 || { echo "wordpress: MariaDB did not start; see $state/mariadb.log" >&2; exit 1; }
fi

mariadb <<'SQL'
DROP DATABASE IF EXISTS newsdesk_wp;
CREATE DATABASE newsdesk_wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'newsdesk'@'localhost' IDENTIFIED BY 'newsdesk-interop';
GRANT ALL PRIVILEGES ON newsdesk_wp.* TO 'newsdesk'@'localhost';
FLUSH PRIVILEGES;
SQL

site="http://127.0.0.1:$port"
mkdir -p /etc/wordpress
cat >/etc/wordpress/config-default.php <<PHP
<?php
define('DB_NAME', 'newsdesk_wp');
define('DB_USER', 'newsdesk');
define('DB_PASSWORD', 'newsdesk-interop');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
define('WP_CONTENT_URL', '$site/wp-content');
define('WP_HOME', '$site');
define('WP_SITEURL', '$site');
// Application passwords over plain HTTP are allowed only on a local site.
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
PHP

content=/var/lib/wordpress/wp-content
mkdir -p "$content/mu-plugins" "$content/uploads"
cp "$here/newsdesk-article-uri.php" "$content/mu-plugins/"
rm -rf "${content:?}/uploads/"*
chown -R www-data:www-data "$content/uploads" 2>/dev/null || true

# PHP's server serves /wp-content from the Debian content folder through a small router.
cat >"$state/router.php" <<'PHP'
<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/wp-content/') === 0) {
    $file = '/var/lib/wordpress' . $path;
    if (is_file($file) && strpos(realpath($file), '/var/lib/wordpress/wp-content/') === 0) {
        header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
        readfile($file);
        return true;
    }
}
return false;
PHP
# One process (no PHP_CLI_SERVER_WORKERS): the caller stops it by its pid, with no forked workers left behind.
nohup php -S "127.0.0.1:$port" -t /usr/share/wordpress "$state/router.php" >"$state/php.log" 2>&1 &
pid=$!
for _ in $(seq 1 30); do
  curl -s -o /dev/null "$site/wp-admin/install.php" && break
  sleep 0.5
done

user=newsdesk
curl -s -o "$state/install.html" -w '%{http_code}' "$site/wp-admin/install.php?step=2" \
  --data-urlencode 'weblog_title=Tòa soạn thử' --data-urlencode "user_name=$user" \
  --data-urlencode 'admin_password=Newsdesk-Interop-2026!' --data-urlencode 'admin_password2=Newsdesk-Interop-2026!' \
  --data-urlencode 'pw_weak=1' --data-urlencode 'admin_email=toasoan@example.com' --data-urlencode 'blog_public=0' \
  --data-urlencode 'language=' >"$state/install.status"
password="$(php "$here/appPassword.php" "127.0.0.1:$port" "$user")"
printf '{"url":"%s","user":"%s","password":"%s","pid":%s}\n' "$site" "$user" "$password" "$pid"
