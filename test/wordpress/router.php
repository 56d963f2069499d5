<?php
/**
 * PHP's built-in server, routed as a web server with WordPress's rewrite rules is: a file or folder that
 * exists is served as it is (PHP files run); any other address goes to WordPress's index.php, which
 * answers it (the browser's /favicon.ico, say).
 */
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( is_string( $path ) && file_exists( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
