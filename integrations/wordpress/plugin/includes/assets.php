<?php
/**
 * The widget files, served from the plugin's own assets/ folder (never a CDN) and only on pages that show
 * a widget: enqueued in the <head> when the post's content has a widget's shortcode or block, and by the
 * widget's markup itself wherever else one shows (a template, a widget area, an excerpt).
 *
 * assets/ally-widgets.js is an ES module: it loads the languages and countries a page needs from the files
 * beside it. WordPress before 6.5 has no module API, so its <script> tag gets type="module" here.
 *
 * @package AllyWidgets
 */

defined( 'ABSPATH' ) || exit;

const ALLY_WIDGETS_HANDLE = 'ally-widgets';

add_action( 'init', 'ally_widgets_register_assets' );
add_action( 'wp_enqueue_scripts', 'ally_widgets_enqueue_for_content' );
add_filter( 'script_loader_tag', 'ally_widgets_module_tag', 10, 3 );

/** Registers the widgets' script and the stylesheet that keeps their space while it loads. */
function ally_widgets_register_assets() {
	$url = plugins_url( 'assets/', ALLY_WIDGETS_FILE );
	wp_register_script( ALLY_WIDGETS_HANDLE, $url . 'ally-widgets.js', array(), ALLY_WIDGETS_VERSION, true );
	wp_register_style( ALLY_WIDGETS_HANDLE, $url . 'ally-widgets.css', array(), ALLY_WIDGETS_VERSION );
}

/** Enqueues the widgets' files (once, however many widgets a page has). */
function ally_widgets_enqueue() {
	wp_enqueue_script( ALLY_WIDGETS_HANDLE );
	wp_enqueue_style( ALLY_WIDGETS_HANDLE );
}

/**
 * On a post or page whose content shows a widget, the files are enqueued before the <head> is printed,
 * so the stylesheet reserves the widgets' space from the first paint.
 */
function ally_widgets_enqueue_for_content() {
	if ( ! is_singular() ) {
		return;
	}
	$post = get_post();
	if ( ! $post ) {
		return;
	}
	foreach ( array_keys( ally_widgets_schema()['widgets'] ) as $key ) {
		if ( has_shortcode( $post->post_content, ally_widgets_shortcode_tag( $key ) ) || has_block( 'ally-widgets/' . $key, $post ) ) {
			ally_widgets_enqueue();
			return;
		}
	}
}

/**
 * The widgets' script as a module.
 *
 * @param string $tag    The <script> tag WordPress wrote.
 * @param string $handle Its handle.
 * @param string $src    Its address.
 * @return string
 */
function ally_widgets_module_tag( $tag, $handle, $src ) {
	if ( ALLY_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '" id="' . esc_attr( ALLY_WIDGETS_HANDLE ) . '-js"></script>' . "\n";
}
