<?php
// Creates an application password for the admin the install made, and prints it: the one secret Newsdesk
// needs to file to this WordPress. Run with php-cli: php appPassword.php HOST:PORT USER
$_SERVER['HTTP_HOST'] = $argv[1];
$_SERVER['REQUEST_URI'] = '/';
define('WP_USE_THEMES', false);
require '/usr/share/wordpress/wp-load.php';
$user = get_user_by('login', $argv[2]);
if (!$user) {
    fwrite(STDERR, "no user {$argv[2]}\n");
    exit(1);
}
$created = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'newsdesk-interop-' . time()));
if (is_wp_error($created)) {
    fwrite(STDERR, $created->get_error_message() . "\n");
    exit(1);
}
echo $created[0];
