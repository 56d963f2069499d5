<?php
/**
 * The tests' hands inside WordPress, run with PHP's command line: `php wp-helper.php SITE COMMAND`, with
 * the command's input as JSON on standard input and its answer as JSON on standard output. Each command
 * uses WordPress's own functions, as an administrator would through the dashboard.
 *
 *   install   wp_install(): the site, its administrator {user, password}
 *   unzip     unzip_file() of {zip} into the plugins folder, as Plugins → Add New → Upload Plugin does
 *   activate  activate_plugin() of {plugin}, then whether WordPress counts it active
 *   user      wp_insert_user() of {user, password, role}
 *   pages     wp_insert_post() of each {title, content} as the administrator: their addresses
 *   option    get_option() of {name}
 */

$site    = $argv[1];
$command = $argv[2];
$input   = json_decode( stream_get_contents( STDIN ), true );
$input   = is_array( $input ) ? $input : array();

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true ); // Before WordPress loads, or it stops to ask for the installer.
}
require $site . '/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'Ally test site', $input['user'], 'admin@example.com', false, '', $input['password'] );
		$answer = array( 'user_id' => $result['user_id'] );
		break;
	case 'unzip':
		require_once ABSPATH . 'wp-admin/includes/file.php';
		WP_Filesystem();
		$result = unzip_file( $input['zip'], WP_PLUGIN_DIR );
		$answer = array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : null );
		break;
	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$error  = activate_plugin( $input['plugin'] );
		$answer = array(
			'error'  => is_wp_error( $error ) ? $error->get_error_message() : null,
			'active' => is_plugin_active( $input['plugin'] ),
			'data'   => get_plugin_data( WP_PLUGIN_DIR . '/' . $input['plugin'], false, false ),
		);
		break;
	case 'user':
		$id     = wp_insert_user(
			array(
				'user_login' => $input['user'],
				'user_pass'  => $input['password'],
				'user_email' => $input['user'] . '@example.com',
				'role'       => $input['role'],
			)
		);
		$answer = array( 'id' => is_wp_error( $id ) ? $id->get_error_message() : $id );
		break;
	case 'pages':
		wp_set_current_user( 1 );
		$answer = array();
		foreach ( $input['pages'] as $page ) {
			$id       = wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => $page['title'],
					'post_content' => wp_slash( $page['content'] ), // wp_insert_post() removes one level of slashes.
				),
				true
			);
			$answer[] = array(
				'id'  => $id,
				'url' => get_permalink( $id ),
			);
		}
		break;
	case 'option':
		$answer = get_option( $input['name'], null );
		break;
	default:
		fwrite( STDERR, "unknown command: $command\n" );
		exit( 2 );
}
echo wp_json_encode( $answer );
