<?php
/*
 * Plugin Name: Newsdesk article URI
 * Description: Keeps the Newsdesk article URI (urn:uuid:…) of a filed story in the post meta field
 *   newsdesk_uri, readable and writable through the REST API, and lets the REST API find a post by it
 *   (?newsdesk_uri=…), so filing a story again updates the same post instead of adding a second one.
 *   One file: put it in wp-content/mu-plugins/ (or wp-content/plugins/ and activate it).
 */

add_action('init', function () {
    register_post_meta('post', 'newsdesk_uri', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => function () {
            return current_user_can('edit_posts');
        },
    ));
});

add_filter('rest_post_query', function ($args, $request) {
    $uri = $request->get_param('newsdesk_uri');
    if (is_string($uri) && $uri !== '' && current_user_can('edit_posts')) {
        $args['meta_key'] = 'newsdesk_uri';
        $args['meta_value'] = $uri;
    }
    return $args;
}, 10, 2);
