<?php
/**
 * Plugin Name:       Ally Widgets
 * Plugin URI:        https://github.com/ally-widgets/ally-widgets
 * Description:       How to support someone with a mental-health challenge, and where to turn for help: tips, the reader's crisis line and trusted organizations, as shortcodes and blocks.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ally-widgets
 *
 * @package AllyWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'ALLY_WIDGETS_VERSION', '@VERSION@' );
define( 'ALLY_WIDGETS_FILE', __FILE__ );
define( 'ALLY_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once ALLY_WIDGETS_DIR . 'includes/schema.php';
require_once ALLY_WIDGETS_DIR . 'includes/settings.php';
require_once ALLY_WIDGETS_DIR . 'includes/assets.php';
require_once ALLY_WIDGETS_DIR . 'includes/render.php';
require_once ALLY_WIDGETS_DIR . 'includes/shortcodes.php';
require_once ALLY_WIDGETS_DIR . 'includes/blocks.php';
