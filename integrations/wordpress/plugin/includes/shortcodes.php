<?php
/**
 * Shortcodes: [ally_tips], [ally_resources], [ally_crisis] and [ally_guide], taking the elements'
 * attributes with underscores (heading_level="3", no_crisis); and [ally_resource name="…" phone="…"
 * href="…" hours="…"]description[/ally_resource] inside [ally_resources] or [ally_guide].
 *
 * @package AllyWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Resources collected from the [ally_resource] shortcodes inside the widget being rendered; one list per
 * widget being rendered, innermost last.
 *
 * @var array[]
 */
$GLOBALS['ally_widgets_collecting'] = array();

add_action( 'init', 'ally_widgets_register_shortcodes' );

/** Registers a shortcode per widget, and [ally_resource]. */
function ally_widgets_register_shortcodes() {
	foreach ( array_keys( ally_widgets_schema()['widgets'] ) as $key ) {
		add_shortcode( ally_widgets_shortcode_tag( $key ), 'ally_widgets_shortcode' );
	}
	add_shortcode( 'ally_resource', 'ally_widgets_resource_shortcode' );
}

/**
 * The shortcode of a widget: ally_tips for tips.
 *
 * @param string $key The widget.
 * @return string
 */
function ally_widgets_shortcode_tag( $key ) {
	return 'ally_' . str_replace( '-', '_', $key );
}

/**
 * The shortcode's attributes by name: `heading_level="3"` and `heading-level="3"` alike, and a bare word
 * (`[ally_tips open]`) as a boolean that is on.
 *
 * @param mixed $atts As WordPress passes them: an array, or an empty string for none.
 * @return array
 */
function ally_widgets_shortcode_atts( $atts ) {
	$named = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = $value;
			$value = true;
		}
		if ( is_string( $name ) ) {
			$named[ str_replace( '-', '_', strtolower( $name ) ) ] = $value;
		}
	}
	return $named;
}

/**
 * Renders a widget's shortcode.
 *
 * @param mixed       $atts    The shortcode's attributes.
 * @param string|null $content What the shortcode encloses: [ally_resource] shortcodes, for widgets that take them.
 * @param string      $tag     The shortcode's name.
 * @return string
 */
function ally_widgets_shortcode( $atts, $content = null, $tag = '' ) {
	$key    = preg_replace( '/^ally_/', '', (string) $tag );
	$key    = str_replace( '_', '-', $key );
	$widget = ally_widgets_widget( $key );
	if ( ! $widget ) {
		return '';
	}
	$given  = ally_widgets_shortcode_atts( $atts );
	$values = array();
	foreach ( $widget['attributes'] as $rule ) {
		if ( array_key_exists( $rule['shortcode'], $given ) ) {
			$values[ $rule['name'] ] = $given[ $rule['shortcode'] ];
		}
	}
	$resources = array();
	if ( ! empty( $widget['resources'] ) && is_string( $content ) && '' !== $content ) {
		$GLOBALS['ally_widgets_collecting'][] = array();
		do_shortcode( $content ); // Only the [ally_resource] shortcodes count; any other text inside is dropped.
		$resources = array_pop( $GLOBALS['ally_widgets_collecting'] );
	}
	return ally_widgets_render( $key, $values, $resources );
}

/**
 * [ally_resource]: adds a resource to the widget it sits in, and shows nothing itself (like <ally-resource>
 * outside <ally-resources>).
 *
 * @param mixed       $atts    name, href, phone, sms, hours.
 * @param string|null $content The description.
 * @return string
 */
function ally_widgets_resource_shortcode( $atts, $content = null ) {
	$depth = count( $GLOBALS['ally_widgets_collecting'] );
	if ( 0 === $depth ) {
		return '';
	}
	$given                = ally_widgets_shortcode_atts( $atts );
	$given['description'] = is_string( $content ) ? trim( html_entity_decode( wp_strip_all_tags( $content ), ENT_QUOTES, 'UTF-8' ) ) : '';
	$resource             = ally_widgets_clean_resource( $given );
	if ( $resource ) {
		$GLOBALS['ally_widgets_collecting'][ $depth - 1 ][] = $resource;
	}
	return '';
}
