<?php
/**
 * Removing the plugin removes its one option: the organization's resources and the site's defaults.
 *
 * @package AllyWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ally_widgets' );
